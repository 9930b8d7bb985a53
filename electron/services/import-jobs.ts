// Imports of many files under way, by the id their client gave them: how
// far each is (files handled, the one being read) and whether it was
// cancelled. A cancel may come before the batch it stops, so an unknown id
// is remembered too. Only the most recent are kept: a client that never
// comes back costs a few bytes.

const KEPT = 32

export interface ImportJob {
  readonly signal: AbortSignal
  done: number
  current: string | null
}

interface Held extends ImportJob {
  controller: AbortController
}

export class ImportJobs {
  readonly #jobs = new Map<string, Held>()

  job(id: string): ImportJob {
    return this.#held(id)
  }

  #held(id: string): Held {
    let job = this.#jobs.get(id)
    if (!job) {
      const controller = new AbortController()
      job = { controller, signal: controller.signal, done: 0, current: null }
      this.#jobs.set(id, job)
      if (this.#jobs.size > KEPT) this.#jobs.delete(this.#jobs.keys().next().value!)
    }
    return job
  }

  progress(id: string): { done: number; current: string | null; cancelled: boolean } {
    const job = this.#jobs.get(id)
    return job ? { done: job.done, current: job.current, cancelled: job.signal.aborted } : { done: 0, current: null, cancelled: false }
  }

  // Whether it was under way or waiting (false: cancelled already).
  cancel(id: string): boolean {
    const job = this.#held(id)
    if (job.signal.aborted) return false
    job.controller.abort()
    return true
  }
}
