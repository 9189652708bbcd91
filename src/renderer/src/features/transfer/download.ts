export interface DownloadableFile {
  name: string
  text: string
  mimeType: string
}

/** Hands a file to the browser (or Electron's download handling) as a download. */
export function downloadFile(file: DownloadableFile): void {
  const blob = new Blob([file.text], { type: `${file.mimeType};charset=utf-8` })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
