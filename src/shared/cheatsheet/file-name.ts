import type { SheetSpec } from './schema'

/** "cheat-sheet-acme-staff-engineer.pdf": safe on every file system. */
export function sheetFileName(spec: Pick<SheetSpec, 'company' | 'role'>, extension: 'pdf' | 'html'): string {
  const slug = [spec.company, spec.role]
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `cheat-sheet${slug ? `-${slug}` : ''}.${extension}`
}
