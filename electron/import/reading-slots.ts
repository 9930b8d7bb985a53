// How many files are read at once, in the whole process. Each read runs in
// a worker that may use up to its heap cap (1 GB for a large file), so
// without a bound the memory grows with the number of imports asked for at
// the same time: six browser tabs importing six hostile 8 MB pages took
// 6 GB. Those past the bound wait their turn; the deadline of a read starts
// only when it does.

class Slots {
  readonly #size: number
  #inUse = 0
  #peak = 0
  readonly #waiting: (() => void)[] = []

  constructor(size: number) {
    this.#size = size
  }

  // The most ever in use at once (for tests).
  get peak(): number {
    return this.#peak
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#inUse >= this.#size) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    else this.#inUse++
    this.#peak = Math.max(this.#peak, this.#inUse)
    try {
      return await task()
    } finally {
      // Handed straight to the next in line, or given back.
      const next = this.#waiting.shift()
      if (next) next()
      else this.#inUse--
    }
  }
}

// Two: the machines Sourcemark runs on have a few cores, and a read is one
// core's work.
export const readingSlots = new Slots(2)
