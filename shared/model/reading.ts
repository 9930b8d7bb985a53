// How the reader likes to read (text size, line height, column width,
// typeface, theme, attribution suggestions on or off) and where they stopped in each document. Kept per user
// in state.json, so the desktop app, browser mode on any port and the next
// start all see the same.

import { z } from 'zod'
import { DocumentId } from './document.ts'

export const themeChoices = ['system', 'light', 'sepia', 'dark'] as const
export const leadings = ['compact', 'normal', 'loose'] as const
export const measures = ['narrow', 'medium', 'wide'] as const
export const typefaces = ['serif', 'sans', 'legible'] as const
export const TEXT_SIZES = 7

export const ReadingSettings = z.object({
  // 'system' follows prefers-color-scheme.
  theme: z.enum(themeChoices),
  textSize: z.number().int().min(1).max(TEXT_SIZES),
  leading: z.enum(leadings),
  measure: z.enum(measures),
  typeface: z.enum(typefaces),
  // Attribution suggestions shown (on by default; absent in older state.json).
  suggestions: z.boolean().default(true),
})
export type ReadingSettings = z.infer<typeof ReadingSettings>

export const defaultSettings: ReadingSettings = { theme: 'system', textSize: 3, leading: 'normal', measure: 'medium', typeface: 'serif', suggestions: true }

// A change names only what changes.
export const SettingsEdit = z.strictObject({
  theme: z.enum(themeChoices).optional(),
  textSize: z.number().int().min(1, 'the text size is 1 to 7').max(TEXT_SIZES, 'the text size is 1 to 7').optional(),
  leading: z.enum(leadings).optional(),
  measure: z.enum(measures).optional(),
  typeface: z.enum(typefaces).optional(),
  suggestions: z.boolean({ message: 'suggestions are on (true) or off (false)' }).optional(),
})
export type SettingsEdit = z.infer<typeof SettingsEdit>

// Where the reader is in a document: the offset (in its canonical text) of
// the first line in view, and how far through it that is (0 to 1).
export const ReadingPosition = z.object({
  documentId: DocumentId,
  offset: z.number().int().nonnegative(),
  progress: z.number().min(0).max(1),
})
export type ReadingPosition = z.infer<typeof ReadingPosition>

// Positions kept; the least recently read go first past this.
export const MAX_POSITIONS = 2000

// The document counts as read once this far through.
export const READ_AT = 0.98
