// Outlets the article names by what they are: "the daily Borba", "the
// newspaper Politika", "the weekly NIN", "the Belgrade daily Vecernje
// Novosti", "Borba newspaper". The outlet list cannot know every masthead,
// and a masthead's bare name reads like a person's ("Rikanovic was quoted by
// Borba as saying"); once the article has said what the name is, the name
// is an outlet wherever it stands (GUIDE 5: an outlet that quotes someone
// relays them; GUIDE 7: a news organisation is always `outlet`).

import { fold } from './fold.ts'
import { capitalMatchAll } from './capital-index.ts'

const KIND = String.raw`(?:daily|newspaper|paper|weekly|magazine|tabloid|news agency|agency|radio|television|broadcaster)`
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})`
// "the (Belgrade) daily Borba", "the official newspaper El Peruano"; "Borba newspaper".
const BEFORE = new RegExp(String.raw`\b[Tt]he (?:[\p{L}-]+ ){0,2}?${KIND} ${NAME}`, 'gu')
// (A name starts a word: tried at every capital inside one long word, the scan would be quadratic.)
const AFTER = new RegExp(String.raw`(?<![\p{L}'’-])${NAME} ${KIND}\b`, 'gu')
// (A place before its kind, "Belgrade daily", is learnt too: harmless, as no person's cue resolves to a place.)
const MAX_NAMES = 200

export class DescribedOutlets {
  private readonly names = new Set<string>()

  constructor(text: string) {
    for (const re of [BEFORE, AFTER]) {
      for (const m of re === AFTER ? capitalMatchAll(text, re) : text.matchAll(re)) {
        if (this.names.size >= MAX_NAMES) return
        this.names.add(fold(m[1]!))
      }
    }
  }

  // Whether the article describes this name as an outlet.
  has(name: string): boolean {
    return this.names.has(fold(name.replace(/^the\s+/i, '')))
  }
}
