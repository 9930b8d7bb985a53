// Runs commands by id, one at a time, in the order they were invoked, so
// "c" then "2" tags the claim that "c" made. Whether a command applies and
// what it reads from the screen are settled when it is invoked; its work
// waits its turn. A failure is reported and the queue goes on with the
// screen as the API left it.

import type { Command, CommandContext } from './command.ts'

export interface Report {
  // A command finished; `message` is its status line, if it has one.
  succeeded(message: string | undefined): void
  failed(error: unknown): void
}

// A command of any arguments, as the registry holds it (method parameters
// are bivariant, so every Command<A> is one).
export type AnyCommand = Command<unknown, unknown>

export class CommandRunner {
  readonly context: CommandContext
  #commands = new Map<string, AnyCommand>()
  #report: Report
  #queue: Promise<void> = Promise.resolve()
  #changes = 0

  constructor(commands: readonly AnyCommand[], ports: Omit<CommandContext, 'run'>, report: Report) {
    for (const command of commands) {
      if (this.#commands.has(command.id)) throw new Error(`Two commands are named ${command.id}.`)
      this.#commands.set(command.id, command)
    }
    this.context = { ...ports, run: (id, args) => this.run(id, args) }
    this.#report = report
  }

  // Every command, for menus and a palette.
  list(): AnyCommand[] {
    return [...this.#commands.values()]
  }

  enabled(id: string, args?: unknown): boolean {
    const command = this.#commands.get(id)
    return !!command && (command.enabled?.(this.context, args) ?? true)
  }

  // Resolves when the command has run: true when it succeeded, false when
  // it was not enabled or failed (the failure is reported, never thrown).
  run(id: string, args?: unknown): Promise<boolean> {
    const command = this.#commands.get(id)
    let prepared: unknown
    try {
      if (!command) throw new Error(`There is no command “${id}”.`)
      if (command.enabled && !command.enabled(this.context, args)) return Promise.resolve(false)
      prepared = command.prepare ? command.prepare(this.context, args) : args
    } catch (error) {
      this.#report.failed(error)
      return Promise.resolve(false)
    }
    const turn = this.#queue
      .then(() => command.run(this.context, prepared))
      .then((message) => {
        if (!command.view) this.#report.succeeded(message || undefined)
        return true
      }, (error) => {
        this.#report.failed(error)
        return false
      })
    this.#queue = turn.then(() => { if (!command.view) this.#changes++ })
    return turn
  }

  // How many commands that may change what the services hold have
  // finished (succeeded or failed): whether any ran before one that waited
  // its turn. One that only moves the view (opening the source manager)
  // changes nothing a document asked for earlier would show.
  get changes(): number {
    return this.#changes
  }
}
