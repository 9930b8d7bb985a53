// How the app is: the store's repairs, the reading settings and where the
// reader stopped in each document.

import { z } from 'zod'
import { ReadingPosition, ReadingSettings, SettingsEdit } from '../../model/reading.ts'
import { Empty } from './schema-parts.ts'

export const appStateMethods = {
  // What the store had to repair (a corrupt file moved aside, a backup
  // restored), in words for the reader.
  storageNotices: () => ({ input: Empty, output: z.array(z.string()) }),
  // The reader's reading settings, kept per user in the data folder
  // (state.json, best-effort: a failed write is not an error).
  getSettings: () => ({ input: Empty, output: ReadingSettings }),
  updateSettings: () => ({ input: SettingsEdit, output: ReadingSettings }),
  // Where the reader stopped in each document, most recent first.
  listReadingPositions: () => ({ input: Empty, output: z.array(ReadingPosition) }),
  saveReadingPosition: () => ({ input: ReadingPosition.strict(), output: z.object({ saved: z.boolean() }) }),
} as const
