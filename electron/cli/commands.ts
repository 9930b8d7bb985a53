// The commands' usage texts and options: what --help, help COMMAND and a
// usage error print, and what parseArgs accepts.

import type { ParseArgsConfig } from 'node:util'
import { exportFormats, libraryExportFormats } from '../../shared/export/formats.ts'
import { SUGGEST_USAGE } from './suggest.ts'

const DATA_DIR_HELP = `  --data-dir DIR   where data lives (default: $SOURCEMARK_DATA_DIR, else the
                   per-user app-data folder "Sourcemark")`

export const USAGE = `Usage: sourcemark <command> [options]

Commands:
  start            open the desktop app (browser mode when Electron is unavailable)
  serve            browser mode: serve the app on 127.0.0.1 and open it
  list             list the documents in the library
  import FILE|DIR  add articles (text, Markdown, HTML) to the library
  export DOC       export a document's annotations (${exportFormats.join(', ')})
  export --all     export the whole library (${libraryExportFormats.join(', ')})
  import-annotations DOC FILE
                   add W3C Web Annotations or a Hypothesis export to a document
  suggest FILE|DOC who said what: attribution suggestions for an article
  help COMMAND     show a command's options (as sourcemark COMMAND --help)

Options:
${DATA_DIR_HELP}
  -h, --help       show this help
  --version        print Sourcemark's version

Exit codes: 0 success, 1 failure (a file, document or folder could not be
used; nothing was imported), 2 usage (an unknown command or option, a
missing argument).`

export const COMMANDS = {
  start: {
    usage: `Usage: sourcemark start [--data-dir DIR]\n\nOpens the desktop app; starts browser mode when Electron cannot run here.\n\n${DATA_DIR_HELP}`,
    options: {},
  },
  serve: {
    usage: `Usage: sourcemark serve [--port N] [--no-open] [--data-dir DIR]\n\nServes the app on 127.0.0.1 and prints "Sourcemark running at <url>".\n\n  --port N         the port to listen on (default: a random free port)\n  --no-open        do not open a browser\n${DATA_DIR_HELP}`,
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  },
  list: {
    usage: `Usage: sourcemark list [--json] [--data-dir DIR]\n\nLists the documents: id, annotation count, title.\n\n  --json           print JSON instead of a table\n${DATA_DIR_HELP}`,
    options: { json: { type: 'boolean' } },
  },
  import: {
    usage: `Usage: sourcemark import FILE|FOLDER... [--keep-duplicates] [--whole-page] [--json] [--data-dir DIR]\n\nAdds each FILE (plain text, Markdown or an HTML page), and each article\nfile in FOLDER, to the library and prints the new document's id and title.\nWith several files it shows on standard error how far it is (count, file,\ntime left); Ctrl-C stops after the file being saved, every file imported\nwhole (exit code 130). A file already imported is skipped\nand its document named. When Sourcemark is not sure it found the article\nin a web page, it says so; --whole-page then imports all of the page.\n\n  --keep-duplicates  add a second copy of a file already in the library\n  --whole-page       import the whole web page, not just its article\n  --json           one JSON array, per file: file, status (created,\n                   duplicate or failed), id and title, or error\n${DATA_DIR_HELP}`,
    options: { 'keep-duplicates': { type: 'boolean' }, 'whole-page': { type: 'boolean' }, json: { type: 'boolean' } },
  },
  export: {
    usage: `Usage: sourcemark export DOC --format F [-o FILE [--force]] [--json] [--data-dir DIR]\n       sourcemark export --all --format F [-o FILE [--force]] [--json] [--data-dir DIR]\n\nDOC is a document id or the start of exactly one title; --all exports every\ndocument in one file. Without -o (or with -o -) the export is printed to\nstandard output. Works while the app is running (it only reads).\n\n  --format F       md (Markdown notes), jsonld (W3C Web Annotations),\n                   html (a standalone page; one document only), csv\n                   (a table), readwise (a Readwise import CSV),\n                   hypothesis (Hypothesis API annotations, JSON)\n  --all            the whole library instead of one document\n  -o, --output F   write to file F (- for standard output)\n  --force          replace F if it exists (otherwise it is never overwritten)\n  --json           print {format, filename, mimeType} and output (the file\n                   written) or content (the export itself) as JSON\n  --group-by G     md: document (reading order, the default) or source\n  --context        md: the sentence around each short quote\n  --callouts       md: Obsidian callouts and block ids\n${DATA_DIR_HELP}`,
    options: {
      format: { type: 'string' }, output: { type: 'string', short: 'o' }, all: { type: 'boolean' }, force: { type: 'boolean' }, json: { type: 'boolean' },
      'group-by': { type: 'string' }, context: { type: 'boolean' }, callouts: { type: 'boolean' },
    },
  },
  'import-annotations': {
    usage: `Usage: sourcemark import-annotations DOC FILE [--json] [--data-dir DIR]\n\nAdds the annotations in FILE (W3C Web Annotation JSON, as sourcemark export\n--format jsonld writes, a Hypothesis JSON export, or sourcemark export\n--format hypothesis) to document DOC, anchored onto its text. Annotations\nwhose text is not in DOC are listed on standard error (the first 20), not\nadded (the exit code is 1 when none could be added); ones already there are\nleft alone.\n\n  --json           print {imported, alreadyPresent, orphans, unknownSources}\n${DATA_DIR_HELP}`,
    options: { json: { type: 'boolean' } },
  },
  suggest: {
    usage: `${SUGGEST_USAGE}\n${DATA_DIR_HELP}`,
    options: { json: { type: 'boolean' } },
  },
} as const satisfies Record<string, { usage: string; options: ParseArgsConfig['options'] }>

export type Command = keyof typeof COMMANDS
