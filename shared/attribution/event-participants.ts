// The crowd at an event, as state media report rallies and meetings: "300 000
// people from all walks of life ... took part in the candlelight rally and
// demonstration. They condemned Yoon ..." — "they" are the rally's
// participants, unnamed (GUIDE 4; the read sets write "candlelight rally
// participants (anonymous)", as "symposium participants"), not a body the
// sentence before named as the rally's sponsor. A sentence with no cue whose
// subject is a crowd and whose verb is taking part in an event makes that
// crowd, named after the event, the centre of attention for the pronoun.

// The crowd: a count or a plural of people opening the sentence.
const CROWD = /^(?:(?:some|about|over|nearly|more than|around|tens of thousands of|thousands of|hundreds of|many|numerous)\s+)?(?:[\d][\d ,.]*\s+(?:thousand\s+|million\s+)?)?(?:people|persons|citizens|residents|workers|students|protesters|demonstrators|participants|members|delegates|representatives|personages|officials|activists|voters|figures|youths|women)\b/i
// Taking part in the event: the verb, then the event's words up to its head noun.
const TOOK_PART = /\b(?:took part in|take part in|participated in|attended|joined|were present at|gathered (?:at|for|in))\s+(?:the|a|an|this)\s+((?:[\p{Ll}-]+\s+){0,3}?)(rally|rallies|demonstration|protest|march|procession|meeting|meetings|forum|symposium|seminar|conference|ceremony|vigil|gathering|festival)\b/u
// A subject is read this far into the sentence, so a verb far from it is another clause's.
const MAX_SUBJECT = 400

// The crowd's name ("candlelight rally participants (anonymous)"), or null.
export function eventParticipants(sentence: string): string | null {
  if (!CROWD.test(sentence)) return null
  const m = TOOK_PART.exec(sentence.slice(0, MAX_SUBJECT))
  if (!m) return null
  const words = m[1]!.trim()
  return `${words ? `${words} ` : ''}${m[2]!.replace(/ies$/, 'y').replace(/s$/, '')} participants (anonymous)`
}
