// One undo history for every undoable change: annotations created, changed
// and deleted, sources toggled, documents deleted. Each step knows how to go
// back and forth through the API; a step moves between the stacks only after
// its call succeeded, so the history never claims a change that did not
// happen.

export interface Step {
  // The document whose open session the step changes. Such steps act on
  // that session, so they are forgotten when a document is opened afresh;
  // steps without one (a document deleted) outlive it.
  documentId?: string
  // Each may answer what to tell the reader ("Restored “X”.").
  undo(): Promise<string | void>
  redo(): Promise<string | void>
}

export interface Moved {
  message?: string
}

export class UndoHistory {
  #done: Step[] = []
  #undone: Step[] = []

  record(step: Step): void {
    this.#done.push(step)
    this.#undone = []
  }

  get nextUndo(): Step | undefined {
    return this.#done.at(-1)
  }

  get nextRedo(): Step | undefined {
    return this.#undone.at(-1)
  }

  // Null when there was nothing to undo.
  async undo(): Promise<Moved | null> {
    const step = this.#done.at(-1)
    if (!step) return null
    const message = await step.undo()
    this.#undone.push(this.#done.pop()!)
    return message ? { message } : {}
  }

  async redo(): Promise<Moved | null> {
    const step = this.#undone.at(-1)
    if (!step) return null
    const message = await step.redo()
    this.#done.push(this.#undone.pop()!)
    return message ? { message } : {}
  }

  // The open document was replaced: its steps cannot be applied any more.
  forgetDocumentSteps(): void {
    this.#done = this.#done.filter((step) => step.documentId === undefined)
    this.#undone = this.#undone.filter((step) => step.documentId === undefined)
  }
}
