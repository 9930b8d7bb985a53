// Commands for reading comfort: the reading settings (their panel, and a
// change to them, kept by the services), and the annotations drawer.

import { TEXT_SIZES, type SettingsEdit } from '../../shared/model/reading.ts'
import type { Command } from './command.ts'

const toggleSettings: Command = {
  id: 'reading.settings',
  title: 'Reading settings',
  view: true,
  run: async (ctx) => ctx.reading.toggleSettings(),
}

// Drawn once the services have kept it, so what is shown is what the next
// start will show.
const changeSettings: Command<{ edit: SettingsEdit }> = {
  id: 'reading.change',
  title: 'Change reading settings',
  run: async (ctx, { edit }) => {
    ctx.reading.apply(await ctx.api.updateSettings(edit))
  },
}

// A step bigger or smaller, from what the services hold; no further than
// the ends of the scale.
const stepTextSize: Command<{ step: 1 | -1 }> = {
  id: 'reading.textSize',
  title: 'Larger or smaller text',
  run: async (ctx, { step }) => {
    const { textSize } = await ctx.api.getSettings({})
    const next = Math.min(TEXT_SIZES, Math.max(1, textSize + step))
    if (next === textSize) return `The text is as ${step > 0 ? 'large' : 'small'} as it goes.`
    ctx.reading.apply(await ctx.api.updateSettings({ textSize: next }))
  },
}

const toggleAnnotations: Command = {
  id: 'view.toggleAnnotations',
  title: 'Show or hide the annotations panel',
  view: true,
  run: async (ctx) => ctx.reading.toggleAnnotations(),
}

export const readingCommands = [toggleSettings, changeSettings, stepTextSize, toggleAnnotations]
