/** Precision, recall and F1 over label sets (rounded to three places), as the competency and agreement benches report them. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

export const round = (n: number) => Math.round(n * 1000) / 1000

/** Adds one item's predicted labels against its gold labels. */
export function countLabels(counts: Counts, predicted: readonly string[], gold: readonly string[]): void {
  counts.tp += predicted.filter((id) => gold.includes(id)).length
  counts.fp += predicted.filter((id) => !gold.includes(id)).length
  counts.fn += gold.filter((id) => !predicted.includes(id)).length
}

export function figures({ tp, fp, fn }: Counts) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision: round(precision), recall: round(recall), f1: round(f1), ...{ tp, fp, fn } }
}
