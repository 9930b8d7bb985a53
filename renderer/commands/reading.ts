// Commands for reading comfort: the reading settings (their panel, and a
// change to them, kept by the services), and the annotations drawer.

import type { SettingsEdit } from '../../shared/model/reading.ts'
import type { Command } from './command.ts'

export const toggleSettings: Command = {
  id: 'reading.settings',
  title: 'Reading settings',
  view: true,
  run: async (ctx) => ctx.reading.toggleSettings(),
}

// Drawn once the services have kept it, so what is shown is what the next
// start will show.
export const changeSettings: Command<{ edit: SettingsEdit }> = {
  id: 'reading.change',
  title: 'Change reading settings',
  run: async (ctx, { edit }) => {
    ctx.reading.apply(await ctx.api.updateSettings(edit))
  },
}

export const toggleAnnotations: Command = {
  id: 'view.toggleAnnotations',
  title: 'Show or hide the annotations panel',
  view: true,
  run: async (ctx) => ctx.reading.toggleAnnotations(),
}

export const readingCommands = [toggleSettings, changeSettings, toggleAnnotations]
