// Quitting the desktop app writes what the library still has to write
// before the process ends: the changes the page asked for and not yet
// answered, the index shards left for a moment later, the state. Electron
// quits once 'will-quit' is not prevented; the first one is prevented, the
// library closed, and the quit asked for again. Plain (no electron import),
// so the decision is unit-tested; main.ts wires it to the app's events.

export interface QuitEvent {
  preventDefault(): void
}

export interface QuitFlushOptions {
  // Closes the library (services' close(), then the folder's lock let go).
  close(): Promise<void>
  // Asks Electron to quit again (app.quit()).
  quit(): void
  // Told when closing failed or took too long; the app quits anyway.
  warn(message: string): void
  // A quit never waits longer than this for the disk (a hung network share).
  limitMs?: number
}

type Stage = 'open' | 'closing' | 'closed'

export class QuitFlush {
  readonly #options: QuitFlushOptions
  #stage: Stage = 'open'
  #closed: Promise<void> | null = null

  constructor(options: QuitFlushOptions) {
    this.#options = options
  }

  get stage(): Stage {
    return this.#stage
  }

  // For 'will-quit' (Electron passes the event; a test may not). Until the
  // library is closed every quit is held back; after, it goes through.
  // Returns the closing under way, if any.
  willQuit(event?: QuitEvent): Promise<void> {
    if (this.#stage === 'closed') return Promise.resolve()
    event?.preventDefault()
    this.#closed ??= this.#close()
    return this.#closed
  }

  async #close(): Promise<void> {
    this.#stage = 'closing'
    const { limitMs = 15_000 } = this.#options
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), limitMs) })
    try {
      const outcome = await Promise.race([this.#options.close().then(() => 'closed' as const), late])
      if (outcome === 'late') this.#options.warn(`Sourcemark quit before the library finished writing (over ${Math.round(limitMs / 1000)} s); the next start checks it against the document files.`)
    } catch (error) {
      this.#options.warn(`Sourcemark could not finish writing the library before quitting: ${error instanceof Error ? error.message : String(error)}; the next start checks it against the document files.`)
    } finally {
      clearTimeout(timer)
      this.#stage = 'closed'
    }
    this.#options.quit()
  }
}
