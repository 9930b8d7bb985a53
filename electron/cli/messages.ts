// Every message and listing goes out through these two: what they print may
// quote a title, a file name or a tag, and none of it reaches the terminal
// raw (terminal-text.ts). Exports to standard output do not: they are data.

import { USAGE } from './commands.ts'
import { terminalText } from './terminal-text.ts'

export function say(line: string): void {
  console.log(terminalText(line))
}

export function complain(line: string): void {
  console.error(`sourcemark: ${terminalText(line)}`)
}

// A command typed wrong: said with the usage it breaks, exit code 2.
export class UsageError extends Error {
  readonly usage: string
  constructor(message: string, usage: string = USAGE) {
    super(message)
    this.usage = usage
  }
}
