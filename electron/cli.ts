// sourcemark <command> [options]
//   start   the desktop app; browser mode when no Electron runtime can be had
//   serve   browser mode: the app on 127.0.0.1, opened in the default browser
//   list    the documents in the library
//   import  articles (text, Markdown, HTML) into the library
//   export  a document's annotations as Markdown, W3C JSON-LD, HTML, CSV,
//           a Readwise CSV or Hypothesis annotations
//   suggest attribution suggestions for an article file or a document
// Plain Node: this file never imports Electron.

import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { findAppRoot } from './app-root.ts'
import { closest } from './cli/did-you-mean.ts'
import { suggestCommand } from './cli/suggest.ts'
import { importArticles } from './cli/import-articles.ts'
import { COMMANDS, USAGE, type Command } from './cli/commands.ts'
import { complain, UsageError } from './cli/messages.ts'
import { exportDocument, exportLibrary, markdownOptions, type ExportOutput } from './cli/export-commands.ts'
import { importAnnotations, list } from './cli/library-commands.ts'
import { parsePort, serve, start } from './cli/launch.ts'
import { withLibrary } from './cli/with-library.ts'
import { terminalText } from './cli/terminal-text.ts'
import { resolveDataDir } from './data-dir.ts'

function unknownCommand(name: string): UsageError {
  const guess = closest(name, [...Object.keys(COMMANDS), 'help'])
  return new UsageError(`unknown command ${JSON.stringify(name)}${guess ? `; did you mean "${guess}"?` : ''}`)
}

function version(): string {
  const { version } = JSON.parse(readFileSync(join(findAppRoot(), 'package.json'), 'utf8')) as { version: string }
  return version
}

async function main(argv: string[]): Promise<void> {
  const at = commandIndex(argv)
  const name = at === -1 ? 'start' : argv[at]!
  if (at === -1 && argv.includes('--version')) return void console.log(`sourcemark ${version()}`)
  if (name === 'help') {
    const topic = argv.slice(at + 1).find((a) => !a.startsWith('-'))
    if (topic === undefined) return void console.log(USAGE)
    if (!Object.hasOwn(COMMANDS, topic)) throw unknownCommand(topic)
    return void console.log(COMMANDS[topic as Command].usage)
  }
  if (at === -1 && argv.some((a) => a === '-h' || a === '--help')) return void console.log(USAGE)
  if (!Object.hasOwn(COMMANDS, name)) throw unknownCommand(name)
  const command = COMMANDS[name as Command]
  let parsed
  try {
    parsed = parseArgs({
      args: argv.filter((_, i) => i !== at),
      options: { ...command.options, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError((error as Error).message, command.usage)
  }
  const { values, positionals } = parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] }
  if (values.help) return void console.log(command.usage)
  const dataDir = resolveDataDir(values['data-dir'] as string | undefined)
  if (name === 'import') {
    if (positionals.length === 0) throw new UsageError('which files? give the paths of the articles to import', command.usage)
    return importArticles((use) => withLibrary(dataDir, use), positionals, { keepDuplicates: !!values['keep-duplicates'], wholePage: !!values['whole-page'], json: !!values.json })
  }
  const wantArgs = name === 'export' || name === 'suggest' ? (values.all ? 0 : 1) : name === 'import-annotations' ? 2 : 0
  if (positionals.length !== wantArgs) {
    const which = name === 'suggest' ? 'which article? give a file, or a document\'s id or the start of its title' : 'which document? give its id or the start of its title'
    throw new UsageError(positionals.length > wantArgs ? `unexpected argument ${JSON.stringify(positionals[wantArgs])}` : positionals.length === 0 ? which : 'which file? give the path of the annotations to import', command.usage)
  }
  if (name === 'suggest') return suggestCommand(dataDir, positionals[0]!, !!values.json, complain)
  if (name === 'serve') return serve(dataDir, parsePort(values.port as string | undefined), !values['no-open'])
  if (name === 'start') return start(dataDir)
  if (name === 'list') return list(dataDir, !!values.json)
  if (name === 'import-annotations') return importAnnotations(dataDir, positionals[0]!, positionals[1]!, !!values.json)
  const out: ExportOutput = { output: values.output as string | undefined, force: !!values.force, json: !!values.json }
  const format = values.format as string | undefined
  if (values.all) return exportLibrary(dataDir, format, out)
  return exportDocument(dataDir, positionals[0]!, format, markdownOptions(values), out)
}

// Where the command word is: the first word that is not an option or an
// option's value.
function commandIndex(argv: readonly string[]): number {
  const takesValue = new Set(['--data-dir', '--port', '--format', '--output', '-o', '--group-by'])
  for (let i = 0; i < argv.length; i++) {
    if (takesValue.has(argv[i]!)) i++
    else if (!argv[i]!.startsWith('-')) return i
  }
  return -1
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`sourcemark: ${terminalText(error.message)}\n\n${error.usage}`)
    process.exit(2)
  }
  complain(String((error as Error)?.message ?? error))
  process.exit(1)
})
