// "Others reported seeing smoke", "Some said the fire began at night": a
// word for part of a group is no name, though it opens the sentence with a
// capital. It stands for the unnamed group that spoke just before
// ("Residents said ... Others said ..." are other residents), else for an unnamed
// group of its own ("others (anonymous)"), never for a person or a body
// named before ("Smith said ... Others said ..." are not Smith).

import type { Resolved } from './attribute.ts'
import type { Discourse } from './discourse.ts'
import { latestSpeaker, singular } from './entity-picks.ts'
import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import type { Speaker } from './speaker-type.ts'

const GROUP_WORDS = /^(?:some|others|many|most|several|few|both)$/

// The speaker a phrase of one group word names, or null.
export function groupWord(tokens: readonly Token[], p: Phrase): Speaker | null {
  if (p.b - p.a !== 1 || !GROUP_WORDS.test(tokens[p.a]!.lower)) return null
  const w = tokens[p.a]!.lower
  return { type: 'anonymous', name: `${w} (anonymous)`, head: w, continues: true }
}

// The unnamed group that spoke in this paragraph or the one before, else the word's own group.
// ("Others reported ... Some said ...": a group named only by such a word is continued by none.)
export function resolveGroupWord(name: string, discourse: Discourse, para: number): Resolved {
  const named = (e: { name: string }) => !GROUP_WORDS.test(e.name.replace(/ \(anonymous\)$/, ''))
  const group = latestSpeaker(discourse.inReach(para).filter((e) => e.kind === 'anonymous' && para - e.para <= 1 && !singular(e.name) && named(e)))
  if (!group) return { name, kind: 'anonymous', via: null, named: true }
  // ("Several analysts said ... But others believe ...": other members of that group, as the labels name them.)
  const other = name.startsWith('others ') && !/^other\b/i.test(group.name) ? `other ${group.name}` : group.name
  return { name: other, kind: 'anonymous', via: null, named: false }
}
