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

/** The positions of the `k` highest scores above 0, highest first, in one pass (k is small). */
export function topPositive(scores: Float64Array, k: number): number[] {
  const best: number[] = []
  for (let i = 0; i < scores.length; i++) {
    const r = scores[i] as number
    if (r <= 0 || (best.length === k && r <= (scores[best[k - 1] as number] as number))) continue
    let at = Math.min(best.length, k - 1)
    best[at] = i
    while (at > 0 && r > (scores[best[at - 1] as number] as number)) {
      best[at] = best[at - 1] as number
      best[at - 1] = i
      at--
    }
  }
  return best
}
