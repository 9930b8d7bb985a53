// The commands main sends the page (shell/commands.ts). Until the page
// reports the commands it runs it cannot take one: what the shell sends
// meanwhile (files and links from the first launch) waits here, and the
// menus offer every command. A new window's page reports again.

import type { ShellCommand, ShellCommandId } from './commands.ts'

export class PageCommands {
  #ids: Set<string> | null = null
  #waiting: ShellCommand[] = []

  // Whether the page has reported, and so can take a command now.
  get ready(): boolean {
    return this.#ids !== null
  }

  // Menus enable what the page runs (everything before it reported).
  available(id: ShellCommandId): boolean {
    return this.#ids === null || this.#ids.has(id)
  }

  wait(command: ShellCommand): void {
    this.#waiting.push(command)
  }

  // The page reported its commands: what waited, to be sent now, in order.
  report(ids: readonly string[]): ShellCommand[] {
    this.#ids = new Set(ids)
    const waited = this.#waiting
    this.#waiting = []
    return waited
  }

  // The window closed: its page's report goes with it.
  forget(): void {
    this.#ids = null
  }
}
