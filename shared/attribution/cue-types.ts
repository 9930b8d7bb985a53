// What findCues returns for one sentence: a cue with its speaker, and the
// view of the sentence it reads. Split from cues.ts so the modules that read
// cues import their shape without the finder.

import type { Token } from './nlp.ts'
import type { Speaker } from './speakers.ts'

export type CueKind = 'verb' | 'according' | 'per' | 'citing' | 'quoted' | 'participle' | 'anonymity'

export interface Cue {
  kind: CueKind
  start: number
  end: number
  verb: number
  speaker: Speaker | null
  inQuote: boolean
  // Content follows the cue ("Wang said that ...") or precedes it ("..., Sun said").
  leading: boolean
  trailing: boolean
  venue: string | null
  // Whose words a "quoted X as saying" cue relays.
  quotedOuter: Speaker | null
  // What the text says of the speaker (", an expert with ..."), lower-case words.
  descriptor: string[]
  // "told the state news agency IRNA": a wire told is one the writer relays (GUIDE 6).
  wireVenue?: boolean
  // "told the Argus Leader": the venue is an outlet by its shape, not by name (outlet-shapes.ts).
  shapedVenue?: boolean
  // "said in a contribution to the Handelsblatt daily": the venue printed the speaker's own piece, relaying nothing (authored-pieces.ts).
  ownPiece?: boolean
  // "a draft seen by X": the outlet saw a text, which is the writer's own
  // outlet's usual wording; a relay only when X relays elsewhere (relay-inherit.ts).
  seenBy?: boolean
  // "a plan that has been criticized by diplomats": a passive inside a relative clause describes a noun of
  // the sentence, so another cue of the sentence is outermost (attribute.ts compose).
  nested?: boolean
  // "X issued the following statement:": the cue announces a text printed whole after its colon (text-frames.ts).
  announces?: boolean
}

export interface SentenceView {
  text: string
  tokens: readonly Token[]
  from: number
  to: number
  // 1 for a token inside a quotation (quotes.ts), indexed like tokens.
  inside: Uint8Array
}
