// Runs async tasks one after another, in the order they were queued, so a
// read-decide-write sequence (pick a free id, write the file, list it) is
// never interleaved with another one. A failed task does not stop the queue.

export class Serial {
  #tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task)
    this.#tail = result.catch(() => undefined)
    return result
  }
}
