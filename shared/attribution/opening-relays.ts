// A story that opens on one speaker and only then says where his words came
// from ("Cuba's invitation shows its standing, the Russian ambassador said.
// [next paragraph] '...,' the diplomat told the weekly Opciones in an
// interview."): the dek and lede before that interview are known only
// through it, so they take its relay too (GUIDE 5). Only an unbroken opening
// run of that one speaker from the top, with no venue or relay of its own,
// counts, and only when the interview goes on with him by a pronoun or role
// noun; a story that hears anyone else first ("Trump said on Monday ...
// Trump told Fox News") keeps its earlier words direct.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'

export function openingRelays(own: (Attribution | null)[], paraOf: (i: number) => number, toPress: (i: number) => boolean): void {
  const first = own.findIndex((a) => a !== null && (a.via !== null || a.venue !== null || a.kind === 'outlet'))
  const told = first >= 0 ? own[first]! : null
  // (An interview the outlet relays: venue and relay the same, or a text it saw.)
  if (!told?.via || !(told.venue && fold(told.venue) === fold(told.via) || told.viaSeen) || told.kind === 'outlet') return
  // (The interview goes on with the same speaker by a pronoun or role noun, "the diplomat told ...": the story
  // carries on, where "Berg told Reuters" names him afresh as a new turn heard apart.)
  const s = told.main.speaker
  if (s?.type !== 'pronoun' && s?.type !== 'role') return
  const source = fold(told.source)
  const run = own.slice(0, first).flatMap((a, i) => a ? [i] : [])
  // (The run opens the story: the headline, a dek or the lede, not a speaker met halfway down.)
  if (!run.length || paraOf(run[0]!) > paraOf(0) + 2 || run.some((i) => fold(own[i]!.source) !== source || toPress(i))) return
  for (const i of run) own[i] = { ...own[i]!, via: told.via }
}
