// Which command-line arguments are files to open: those the OS passes when
// a file is opened with Sourcemark (first launch, or a second launch whose
// arguments reach the running one). Skipped: the executable, the app path
// in a development run (electron .), flags and the values of the flags
// that take one, and deep links (shell/deep-link.ts).

import { isAbsolute, resolve } from 'node:path'
import { isDeepLinkLike } from './deep-link.ts'

// Flags whose value is the next argument.
const FLAGS_WITH_VALUE = new Set(['--data-dir'])
const OPENABLE_EXTENSIONS = ['html', 'htm', 'md', 'markdown', 'txt'] as const
const MAX_FILES = 100

export interface ArgvOptions {
  // In a development run argv[1] is the app's path; packaged, argv starts
  // with the executable alone.
  isPackaged: boolean
  cwd: string
}

export function filesFromArgv(argv: readonly string[], { isPackaged, cwd }: ArgvOptions): string[] {
  const files: string[] = []
  let i = isPackaged ? 1 : 2
  let flagsOver = false
  for (; i < argv.length && files.length < MAX_FILES; i++) {
    const arg = argv[i]!
    if (!flagsOver && arg === '--') { flagsOver = true; continue }
    if (!flagsOver && arg.startsWith('-')) {
      if (FLAGS_WITH_VALUE.has(arg)) i++
      continue
    }
    if (arg === '' || isDeepLinkLike(arg) || /^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) continue
    files.push(isAbsolute(arg) ? arg : resolve(cwd, arg))
  }
  return files
}

export function deepLinksFromArgv(argv: readonly string[]): string[] {
  return argv.filter(isDeepLinkLike).slice(0, MAX_FILES)
}

// The native dialogs' choices (File > Import Article…, Import Annotations…).
export const IMPORT_ARTICLES_DIALOG = {
  title: 'Import Article',
  properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
  filters: [{ name: 'Articles', extensions: [...OPENABLE_EXTENSIONS] }, { name: 'All Files', extensions: ['*'] }],
}
export const IMPORT_ANNOTATIONS_DIALOG = {
  title: 'Import Annotations',
  properties: ['openFile'] as 'openFile'[],
  filters: [{ name: 'Web Annotations', extensions: ['json', 'jsonld'] }],
}

// "--data-dir DIR" or "--data-dir=DIR"; Electron's argv keeps the order given.
export function flagValue(argv: string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === flag) return argv[i + 1]
    if (arg?.startsWith(`${flag}=`)) return arg.slice(flag.length + 1)
  }
  return undefined
}
