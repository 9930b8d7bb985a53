// Counts the steps an importer takes. Tests read it to show that the work
// grows with the input and no faster (a wall clock on a shared machine
// cannot show that); the limit turns a file that would need far more work
// than its size explains into a refusal instead of a stalled app.

import { ImportError } from './imported-article.ts'

export class WorkMeter {
  // Meters made in this thread: tests read it to prove an import ran in a
  // worker, not on the thread serving the app.
  static started = 0
  steps = 0
  constructor(readonly limit = Number.POSITIVE_INFINITY) {
    WorkMeter.started++
  }

  step(count = 1): void {
    this.steps += count
    if (this.steps > this.limit) {
      throw new ImportError('This file needs far more work to read than a file of its size should; it cannot be imported safely.')
    }
  }
}

// Every step the importers count is bounded by a small multiple of the
// input's length; the allowance is well above that, so only a file that
// breaks the bound (a bug we have not found yet) meets it.
export function meterFor(source: string): WorkMeter {
  return new WorkMeter(64 * source.length + 1_000_000)
}
