// Every command the reader has, for the runner.

import { annotateCommands } from './annotate.ts'
import { importArticles } from './import-articles.ts'
import { libraryCommands } from './library.ts'
import { navigationCommands } from './navigation.ts'
import type { AnyCommand } from './runner.ts'
import { sourceEditCommands } from './source-edits.ts'
import { sourceCommands } from './sources.ts'
import { transferCommands } from './transfer.ts'
import { undoCommands } from './undo.ts'

export const allCommands: readonly AnyCommand[] = [
  ...annotateCommands, ...sourceCommands, ...sourceEditCommands, ...libraryCommands, importArticles, ...navigationCommands, ...transferCommands, ...undoCommands,
]
