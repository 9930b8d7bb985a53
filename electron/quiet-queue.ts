// Work that may wait for a pause in the user's calls: a cache file written
// (a long document's suggestions are 2 MB of JSON, made into text on the
// server's one thread), never in the same moment as a save the page is
// waiting on. quiet() resolves once no API call has come in for quietMs.
// Nothing holds the process open for it: what has not run at exit was a
// cache, made again when next needed.

export class QuietQueue {
  #quietMs: number
  #lastHeard = -Infinity
  #waiting: (() => void)[] = []
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(quietMs: number) {
    this.#quietMs = quietMs
  }

  // A call came in: what waits, waits quietMs more.
  heard(): void {
    this.#lastHeard = performance.now()
    if (this.#waiting.length > 0) this.#arm()
  }

  quiet(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve)
      this.#arm()
    })
  }

  #arm(): void {
    clearTimeout(this.#timer)
    const wait = this.#lastHeard + this.#quietMs - performance.now()
    if (wait > 0) {
      this.#timer = setTimeout(() => this.#arm(), wait)
      this.#timer.unref()
      return
    }
    this.#timer = undefined
    const waiting = this.#waiting
    this.#waiting = []
    for (const resolve of waiting) resolve()
  }
}
