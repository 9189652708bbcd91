/** The k best items by `compare`, in order, without sorting everything. */
export function topK(items: number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (items.length <= k * 4) return items.sort(compare).slice(0, k)
  const top: number[] = []
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1] as number) >= 0) continue
    let i = top.length < k ? top.length : k - 1
    top[i] = item
    while (i > 0 && compare(top[i] as number, top[i - 1] as number) < 0) {
      const swap = top[i - 1] as number
      top[i - 1] = top[i] as number
      top[i] = swap
      i--
    }
  }
  return top
}
