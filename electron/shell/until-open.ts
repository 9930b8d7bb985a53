// Files and links can arrive (by event, on macOS) before the services are
// open: they wait here, in order, and run once open() is called; after
// that, at once.

export class UntilOpen {
  #waiting: (() => void)[] | null = []

  run(job: () => void): void {
    if (this.#waiting) this.#waiting.push(job)
    else job()
  }

  // (A job that arrives while the waiting ones run is run with them.)
  open(): void {
    for (const job of this.#waiting ?? []) job()
    this.#waiting = null
  }
}
