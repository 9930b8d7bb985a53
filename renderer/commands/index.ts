// Every command the reader has, for the runner.

import { annotateCommands } from './annotate.ts'
import { importArticles, importWholePage } from './import-articles.ts'
import { keyboardCommands } from './keyboard.ts'
import { libraryCommands } from './library.ts'
import { navigationCommands } from './navigation.ts'
import { readingCommands } from './reading.ts'
import type { AnyCommand } from './runner.ts'
import { sourceEditCommands } from './source-edits.ts'
import { sourceCommands } from './sources.ts'
import { suggestionCommands } from './suggestions.ts'
import { transferCommands } from './transfer.ts'
import { undoCommands } from './undo.ts'

export const allCommands: readonly AnyCommand[] = [
  ...annotateCommands, ...sourceCommands, ...sourceEditCommands, ...libraryCommands, importArticles, importWholePage, ...navigationCommands, ...transferCommands, ...undoCommands, ...suggestionCommands, ...readingCommands, ...keyboardCommands,
]
