// Unnamed media that pass on others' words are a relay too: "U.S. media
// quoted officials as saying ..." is officials (anonymous) via U.S. media
// (unnamed); "Local media reported, citing police, ..." is the police via
// local media. GUIDE 5 names outlets as relays; an unnamed one keeps its
// descriptive name. Media reporting with no inner speaker stay the source.

import type { Attribution, Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'

const MEDIA = /\b(?:media|press|newspapers|outlets|broadcasters|television|tv|news agencies)\s*\((?:anonymous|unnamed)\)$/i

export const isUnnamedMedia = (r: Resolved | null | undefined): r is Resolved => !!r && r.kind === 'anonymous' && MEDIA.test(r.name)

// "Local media reported, citing police": the media relay the one they cite, as an outlet would.
export function mediaCiting(cues: readonly Cue[], resolved: Map<Cue, Resolved>): void {
  if (!cues.some((c) => c.kind === 'citing' && resolved.has(c))) return
  for (const c of cues) {
    const r = resolved.get(c)
    if (c.kind !== 'citing' && isUnnamedMedia(r)) resolved.set(c, { ...r, kind: 'outlet' })
  }
}

const UNNAMED_VIA = /\((?:anonymous|unnamed)\)$/

// Unnamed media relay only the words they are said to pass on: no other sentence of the paragraph
// takes them as its relay (relay-inherit.ts would). Held aside before the relays are carried, put back after.
export function holdUnnamedVias(own: (Attribution | null)[]): Map<number, string> {
  const held = new Map<number, string>()
  own.forEach((a, i) => {
    if (a?.via && UNNAMED_VIA.test(a.via)) { held.set(i, a.via); own[i] = { ...a, via: null } }
  })
  return held
}

export function restoreUnnamedVias(own: (Attribution | null)[], held: ReadonlyMap<number, string>): void {
  for (const [i, via] of held) if (own[i]) own[i] = { ...own[i], via }
}
