// "The central bank kept its rate at 16%, saying inflation was still high";
// "Jefferies downgraded the stock, saying ...": a reporting participle with
// no other cue in the sentence reports for the subject of the clause it
// hangs on, the nearest finite verb before it (not the sentence's first
// subject: "Shares fell after the chipmaker cut its forecast, citing ...").

import type { Attribution } from './attribute.ts'
import { resolveSpeaker } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import { phraseStartingAt, subjectBefore } from './phrases.ts'
import type { Sentence } from './sentences.ts'
import { describe } from './speakers.ts'
import type { Speaker } from './speaker-type.ts'
import { ANONYMOUS_HEADS, BE, MODALS } from './lexicon.ts'

const COMPLEMENT = /^(?:when|whether|how|why|what|where|if|that)$/
const REFUSED = /^(?:give|provide|offer|make)$/
const FINITE_BE = /^(?:is|are|was|were)$/
const REDUCED = /(?:ed|en)$/
const QUANTIFIER = /^(?:some|many|several|most|few)$/

export function participleSource(text: string, tokens: readonly Token[], s: Sentence, cues: readonly Cue[], inside: Uint8Array,
  discourse: Discourse): Attribution | null {
  const participle = cues.find((c) => c.kind === 'participle' && !c.inQuote)
  if (!participle) return null
  const at = participle.verb
  // ("WASHINGTON (Aug. 13) -- Declaring ...": after a dateline's dash it opens the sentence too.)
  const afterDateline = at - 2 >= s.from && /^(?:—|–|--)$/.test(tokens[at - 1]!.text) && /^(?:\)|\p{Lu}{2,})$/u.test(tokens[at - 2]!.text)
  if (at === s.from || afterDateline) return openingParticiple(text, tokens, s, participle, inside, discourse)
  const inQuote = (k: number) => inside[k] === 1
  for (let k = at - 1; k > s.from; k--) {
    const t = tokens[k]!
    // Not a participle or an infinitive ("downgraded the stock to hold"): the finite verb of the clause.
    // ("The fund is downgrading its outlook, citing ...": a progressive is finite through its "is".)
    const progressive = t.lower.endsWith('ing') && BE.has(tokens[k - 1]!.lower)
    // ("is frustrated with ..., saying": a predicate the tagger read as an adjective.)
    const predicate = t.pos === 'ADJ' && BE.has(tokens[k - 1]!.lower)
    // ("He was in defiant mood last night, telling Turkish radio: ...": a copula whose predicate is no verb.)
    // (A finite one: "declined to state when the lander would be ready, saying" hangs on "declined".)
    const copula = FINITE_BE.test(t.lower) && k + 1 < at && !/^(?:VERB|AUX)$/.test(tokens[k + 1]!.pos)
    // ("Chinese-made drones", "state-run media": a verb glued into a compound adjective is no finite verb.)
    const glued = tokens[k - 1]!.text === '-' && tokens[k - 1]!.end === t.start && tokens[k - 1]!.start === tokens[k - 2]?.end
    if (glued || inside[k] === 1 || t.pos !== 'VERB' && !predicate && !copula || t.lower.endsWith('ing') && !progressive || tokens[k - 1]!.lower === 'to' || tokens[k - 1]!.pos === 'ADP') continue
    // ("Creditors might move to block the sale, arguing ...": what someone might do and say is no report.)
    // ("They would give no details, noting that ...": a refusal in reported speech is no hypothesis.)
    if (MODALS.has(tokens[k - 1]!.lower) && !(tokens[k - 1]!.lower === 'would' && REFUSED.test(t.lower) && tokens[k + 1]?.lower === 'no')) return null
    // ("The commission is frustrated with ..., saying": the subject before "is".)
    const phrase = subjectBefore(tokens, s.from, progressive || BE.has(tokens[k - 1]!.lower) ? k - 1 : k, inQuote)
    // ("Some foreign exchange dealers disagreed, saying ...": the group, without its quantifier, as after "said".)
    const speaker = !phrase ? null : describe(text, tokens, phrase) ??
      (phrase.b - phrase.a > 1 && QUANTIFIER.test(tokens[phrase.a]!.lower) ? describe(text, tokens, { ...phrase, a: phrase.a + 1 }) : null)
    // "Some politicians have gone further, claiming ...": an unnamed group of people speaks; "Prices rose, saying" is nonsense.
    // ("declined to state when the lander would be ready, saying ...": a wh- or "that" clause whose subject
    // cannot speak is another verb's object, so the participle hangs on a verb further back; so does a word
    // the tagger read as a verb with no subject, "quashed that hope".)
    if (!phrase) continue
    // ("rejected that drones were used, saying" (the tagger may read "that drones" as one phrase): the clause's subject cannot speak, so the verb it is the object of
    // speaks; "tariffs imposed during the war, saying": a participle after its noun is no finite verb either.)
    const object = COMPLEMENT.test(tokens[openerOf(tokens, phrase.a)]?.lower ?? '') || tokens[phrase.a]!.lower === 'that' && phrase.b - phrase.a > 1 || REDUCED.test(t.lower) && tokens[k + 1]?.pos === 'ADP' && tokens[k - 1]!.pos === 'NOUN'
    const found = speaker ? attributed(text, tokens, s, participle, phrase, speaker, discourse) : null
    if (!found && object) continue
    return found
  }
  return null
}

// The word before a phrase, over a compound adjective the phrase begins with ("that Chinese-made drones": "that").
function openerOf(tokens: readonly Token[], a: number): number {
  let j = a - 1
  const glued = (h: number) => h >= 1 && tokens[h]!.text === '-' && tokens[h]!.start === tokens[h - 1]!.end && tokens[h]!.end === tokens[h + 1]!.start
  while (j >= 2 && glued(j - 1)) j -= 2
  return j === a - 1 ? j : j - 1
}

// "Declaring the corps's soul at stake, Defense Secretary Robert Gates has ordered a review": a participle
// opening the sentence reports for the subject of the clause after its comma.
function openingParticiple(text: string, tokens: readonly Token[], s: Sentence, participle: Cue, inside: Uint8Array, discourse: Discourse): Attribution | null {
  let comma = participle.verb + 1
  while (comma < s.to && (tokens[comma]!.lower !== ',' || inside[comma] === 1)) comma++
  const phrase = comma < s.to ? phraseStartingAt(tokens, comma + 1, s.to) : null
  // The subject is followed by its own verb.
  if (!phrase || phrase.b >= s.to || !/^(?:VERB|AUX)$/.test(tokens[phrase.b]!.pos)) return null
  const speaker = describe(text, tokens, phrase)
  return speaker ? attributed(text, tokens, s, participle, phrase, speaker, discourse) : null
}

function attributed(text: string, tokens: readonly Token[], s: Sentence, participle: Cue, phrase: Phrase, speaker: Speaker, discourse: Discourse): Attribution | null {
  // ("Health care providers have protested ..., warning that": people named by their trade speak too.)
  if (speaker.type === 'anonymous' && !(speaker.head && (ANONYMOUS_HEADS.has(`${speaker.head}s`) || ANONYMOUS_HEADS.has(speaker.head) || /(?:er|or|ist|ian)$/.test(speaker.head)))) return null
  // "after the chipmaker cut": the company named just before in the sentence.
  const start = tokens[phrase.a]!.start
  const here = speaker.type === 'role' && speaker.group === 'org'
    ? discourse.organisationHere((name) => text.slice(s.start, start + name.length).includes(name)) : null
  const r = here ? { name: here, kind: 'organisation' as const } : resolveSpeaker(speaker, discourse, s.para)
  if (!r || r.kind === 'document') return null
  // Neither leading nor trailing: the participle's report is this sentence only (reach.ts).
  const cue: Cue = { ...participle, start: Math.min(start, participle.start), end: Math.max(participle.end, tokens[phrase.b - 1]!.end), speaker, leading: false, trailing: false }
  return { source: r.name, kind: r.kind, via: null, venue: null, main: cue, cues: [participle], otherSources: [], confidence: 0.6 }
}
