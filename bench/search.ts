/**
 * `npx tsx bench/index.ts search` (add NODE_OPTIONS=--expose-gc for exact memory figures):
 * ranking quality on bench/eval (tune and held-out reported apart) and on many writers' small vaults, question → competency accuracy by
 * cross-validation on the question bank, and speed/memory at 100, 1,000 and 10,000 stories.
 */
import { manyWriters } from './many-writers'
import { competencyCrossValidation, evalQuality } from './search-quality'
import { speed } from './search-speed'

export async function run(): Promise<Record<string, unknown>> {
  return {
    quality: evalQuality(),
    manyWriters: manyWriters(),
    competencyInference: competencyCrossValidation(5),
    speed: await speed(),
  }
}
