// Work that may wait for a pause in the user's calls: a cache file written
// (a long document's suggestions are 2 MB of JSON, made into text on the
// server's one thread), never in the same moment as a save the page is
// waiting on. quiet() resolves once no change is under way and no API call
// has come in for quietMs; it resolves with stirred(), true once a call has
// come in since, so long work can stop and wait again. Nothing holds the
// process open for it: what has not run at exit was a cache, made again
// when next needed.

// True once the calls started again after a quiet() resolved.
export type Stirred = () => boolean

export class QuietQueue {
  #quietMs: number
  #lastHeard = -Infinity
  // Calls heard: a stirred() compares against the count it saw.
  #heardCount = 0
  // Changes asked for and not yet answered (a save waiting on its flush).
  #underWay = 0
  #waiting: ((stirred: Stirred) => void)[] = []
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(quietMs: number) {
    this.#quietMs = quietMs
  }

  // A call came in: what waits, waits quietMs more.
  heard(): void {
    this.#lastHeard = performance.now()
    this.#heardCount++
    if (this.#waiting.length > 0) this.#arm()
  }

  // A change under way: nothing waiting goes until it is answered, and
  // quietMs after.
  during<T>(call: Promise<T>): Promise<T> {
    this.#underWay++
    this.heard()
    return call.finally(() => {
      this.#underWay--
      this.heard()
    })
  }

  quiet(): Promise<Stirred> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve)
      this.#arm()
    })
  }

  #arm(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    // The end of the change under way arms it again.
    if (this.#underWay > 0) return
    const wait = this.#lastHeard + this.#quietMs - performance.now()
    if (wait > 0) {
      this.#timer = setTimeout(() => this.#arm(), wait)
      this.#timer.unref()
      return
    }
    const waiting = this.#waiting
    this.#waiting = []
    const seen = this.#heardCount
    const stirred: Stirred = () => this.#underWay > 0 || this.#heardCount !== seen
    for (const resolve of waiting) resolve(stirred)
  }
}
