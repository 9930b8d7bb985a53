// Undo and redo for annotation changes. Each entry knows how to go back and
// forth through the API; an entry moves between the stacks only after its
// call succeeded, so the history never claims a change that did not happen.

export interface Step {
  undo(): Promise<void>
  redo(): Promise<void>
}

export class History {
  #done: Step[] = []
  #undone: Step[] = []

  record(step: Step): void {
    this.#done.push(step)
    this.#undone = []
  }

  async undo(): Promise<boolean> {
    const step = this.#done.at(-1)
    if (!step) return false
    await step.undo()
    this.#undone.push(this.#done.pop()!)
    return true
  }

  async redo(): Promise<boolean> {
    const step = this.#undone.at(-1)
    if (!step) return false
    await step.redo()
    this.#done.push(this.#undone.pop()!)
    return true
  }
}
