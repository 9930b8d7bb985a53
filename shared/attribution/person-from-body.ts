// "Professor Raymond Parsons from North-West University's School of Business
// and Governance said": the phrase before the verb ends in the body, but the
// speaker is the person the body is only where he comes from (GUIDE 4: the
// originator). A body source whose mention closes "<person> from/of/at
// <body>" right before the cue, in one clause, is that person, when the
// article knows the name as a person's.

interface Sourced { source: string; sourceKind: string; sourceId: string | null; cue: { start: number; end: number } }

const TITLE = String.raw`(?:(?:Professor|Prof\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Dame|Sir)\s+)?`
const NAME = String.raw`(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})`
// The person, "from"/"of"/"at", then the body's words to the cue with no clause break.
const FROM = new RegExp(String.raw`(?:^|[.!?;:]\s+|,\s+|\n)${TITLE}${NAME}\s+(?:from|of|at)\s+[^,;:.!?“”"]{3,120}$`, 'u')
// How far before the cue the phrase is read.
const WINDOW = 200

export function personFromBody(out: Sourced[], text: string, isPerson: (name: string) => string | null, match: (name: string) => string | null): void {
  for (const s of out) {
    if (s.sourceKind !== 'organisation') continue
    const before = text.slice(Math.max(0, s.cue.start - WINDOW), s.cue.start).replace(/\s+$/, '')
    const last = s.source.split(' ').at(-1)!
    if (!before.endsWith(last)) continue
    const m = FROM.exec(before)
    const person = m ? isPerson(m[1]!) : null
    if (!person) continue
    s.source = person
    s.sourceKind = 'person'
    s.sourceId = match(person)
  }
}
