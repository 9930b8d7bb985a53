// The lower-case particle a foreign masthead carries between its
// capitalised words: "Welt am Sonntag", "Bild am Sonntag", "Corriere della
// Sera", "Gazzetta dello Sport", "Tribune de Geneve". A reader who stops at
// the particle keeps only a piece ("Sonntag", or "Welt", which is another
// paper, Die Welt), so the particle stays inside the name when a capitalised
// word stands on each side of it.

import type { Token } from './nlp.ts'

const PARTICLES = 'am|im|della|dello|delle|del|di|de|des|du|da|do|der|la|le'
const MASTHEAD_PARTICLE = new RegExp(`^(?:${PARTICLES})$`)

// Whether tokens[k] is such a particle inside a run of capitalised words.
export function mastheadParticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  return t !== undefined && !t.cap && MASTHEAD_PARTICLE.test(t.text) && tokens[k - 1]?.cap === true && tokens[k + 1]?.cap === true
}

// A capitalised run in plain words, a masthead's particle inside it: "Welt am Sonntag", "E! News", "NBC 4 New York".
export const MASTHEAD_RUN = new RegExp(String.raw`\p{Lu}[\p{L}\p{N}!&.'’-]*(?:\s+(?:(?:${PARTICLES})\s+)?(?:\p{Lu}[\p{L}\p{N}!&.'’-]*|\d+))*`, 'gu')
