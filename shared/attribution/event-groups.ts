// "Participants called for stronger copyright protection" in a story about a
// symposium: the unnamed people at an event are named by the event (GUIDE 4,
// a descriptive name; the read sets write "symposium participants"). The
// event is the one kind the headline and the lede name ("The International
// Symposium on ... opened on Tuesday"); a story naming two kinds there ("a
// forum ... before the summit") keeps the bare words.

import type { Named } from './name-form.ts'

const PEOPLE = /^(other )?(participants|attendees|delegates|guests|panelists|panellists) \((anonymous|unnamed)\)$/
const EVENT = /\b(symposium|forum|conference|summit|seminar|expo|workshop|congress)\b/gi
// The headline and the lede: the first characters of the story.
const LEAD = 800

export function eventGroups(out: Named[], text: string, match: (name: string) => string | null): void {
  let event: string | null | undefined
  for (const s of out) {
    const m = s.sourceKind === 'anonymous' ? PEOPLE.exec(s.source) : null
    if (!m) continue
    if (event === undefined) event = eventOf(text.slice(0, LEAD))
    if (!event) return
    s.source = `${m[1] ?? ''}${event} ${m[2]} (${m[3]})`
    s.sourceId = match(s.source)
  }
}

function eventOf(lead: string): string | null {
  const kinds = new Set([...lead.matchAll(EVENT)].map((m) => m[1]!.toLowerCase()))
  return kinds.size === 1 ? [...kinds][0]! : null
}
