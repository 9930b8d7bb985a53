// The reading services: settings and reading positions, kept in state.json
// (how the user left the app, not the library). Best-effort like the rest
// of state.json: a write that fails loses the setting for the next start,
// never the reader's work, so it is not reported as an error.

import type { Api, Input, Output } from '../shared/api/contract.ts'
import { MAX_POSITIONS } from '../shared/model/reading.ts'
import type { AppState } from './store/state.ts'

export type ReadingMethods = Pick<Api, 'getSettings' | 'updateSettings' | 'listReadingPositions' | 'saveReadingPosition'>

export function readingServices(state: AppState): ReadingMethods {
  return {
    async getSettings(): Promise<Output<'getSettings'>> {
      return state.data.settings
    },

    async updateSettings(edit: Input<'updateSettings'>): Promise<Output<'updateSettings'>> {
      const settings = { ...state.data.settings }
      // Only the fields given; the schema allows no others.
      if (edit.theme !== undefined) settings.theme = edit.theme
      if (edit.textSize !== undefined) settings.textSize = edit.textSize
      if (edit.leading !== undefined) settings.leading = edit.leading
      if (edit.measure !== undefined) settings.measure = edit.measure
      if (edit.typeface !== undefined) settings.typeface = edit.typeface
      if (edit.suggestions !== undefined) settings.suggestions = edit.suggestions
      await state.change({ settings })
      return settings
    },

    async listReadingPositions(): Promise<Output<'listReadingPositions'>> {
      return state.data.positions
    },

    // The newest first; one per document; the oldest dropped past the cap.
    async saveReadingPosition({ documentId, offset, progress }: Input<'saveReadingPosition'>): Promise<Output<'saveReadingPosition'>> {
      const rest = state.data.positions.filter((p) => p.documentId !== documentId)
      await state.change({ positions: [{ documentId, offset, progress }, ...rest].slice(0, MAX_POSITIONS) })
      return { saved: true }
    },
  }
}
