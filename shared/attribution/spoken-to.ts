// "Ironhorse has denied to Reuters that ...", "the company confirmed to
// CNN that ...", "a spokesman said to the BBC": a verb of saying with "to"
// and an outlet after it names where the words were given, as "told" does
// (GUIDE 6: the venue, and the relay when another outlet writes the story,
// which compose() decides). Only an outlet by name or masthead shape: "said
// to Smith", "explained to the court" name no venue. Reads the sentence in
// cue-sentence.ts.

import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { phraseStartingAt } from './phrases.ts'
import { text, to, tokens, word } from './cue-sentence.ts'

// Verbs of saying that take the hearer after "to" ("told" takes it bare).
const TO_HEARER = /^(?:said|says|say|denied|denies|deny|confirmed|confirms|confirm|explained|explains|admitted|admits|confided|confides|revealed|reveals|insisted|insists|complained|complains|stressed|stresses|acknowledged|acknowledges|conceded|concedes|described|describes|stated|states|wrote|writes|pledged|promised|suggested|suggests|declared|declares|announced)$/

// The outlet after "<verb> to" at token i and the token after its name, or null.
export function spokenTo(i: number): { name: string; end: number } | null {
  if (!TO_HEARER.test(word(i)) || word(i + 1) !== 'to') return null
  const object = phraseStartingAt(tokens, i + 2, to)
  if (!object) return null
  const name = text.slice(tokens[object.a]!.start, tokens[object.b - 1]!.end)
  const bare = name.replace(/^the\s+/i, '')
  const outlet = knownOutlet(name) ?? (looksLikeOutlet(bare) ? bare : null)
  return outlet ? { name: outlet, end: object.b } : null
}
