// A company is named as the text first gives it in full, legal form and all
// ("Texaco Inc said ... Texaco said" is Texaco Inc; "General Motors Corp
// ... GM said" is General Motors Corp): business copy writes the form once
// and drops it after, and labellers of the GUIDE (4: the fullest form in
// the article) write the first full one. Initials stand for the one company
// whose words they begin ("GM"). Read over the finished suggestions.

import { fold } from './fold.ts'
import { capitalMatchAll } from './capital-index.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; otherSources: string[] }

// "Texaco Inc", "Volkswagen AG", "Jefferies and Co", "Drexel Burnham Lambert Inc": up to five capitalised words and the form.
const FULL = /(?<![\p{L}\p{N}&'.-])(\p{Lu}[\p{L}\p{N}&'.-]*(?: \p{Lu}[\p{L}\p{N}&'.-]*){0,4})(,? (?:(?:and|&) Co|Inc|Corp|Co|Ltd|AG|plc|Plc|PLC|LLC|SA|NV|SpA|GmbH))(?![\p{L}\p{N}])/gu
// Words naming a group of companies rather than the company, dropped in later mentions ("HSBC Holdings" is "HSBC").
const GROUP_WORDS = /(?: (?:Holdings?|Group|Industries|Enterprises))+$/
// Words that open a sentence or a clause, no part of a company's name ("But Texaco Inc").
const LEAD = /^(?:The|But|And|However|Meanwhile|In|At|On|For|From|By|With|Shares of|Analyst|Analysts) /

export function legalForms(out: Sourced[], text: string, match: (name: string) => string | null): void {
  const full = new Map<string, string>()
  // Short names, each of one company only (null: two companies share it).
  const shortForms = new Map<string, string | null>()
  // (Tried at the capitals only, capital-index.ts: every match opens on one.)
  for (const m of capitalMatchAll(text, FULL)) {
    let base = m[1]!
    while (LEAD.test(base)) base = base.replace(LEAD, '')
    // ("Japan's Fujitsu Ltd": the owner's possessive is no part of the name.)
    base = base.replace(/^.*['’]s /u, '')
    if (!base || /\s$/.test(base)) continue
    const key = fold(base)
    const form = `${base}${m[2]!.replace(/^,/, '')}`
    if (!full.has(key)) full.set(key, form)
    // ("HSBC Holdings Plc ... HSBC said": the name before a group's word is the company's short name.)
    const short = base.replace(GROUP_WORDS, '')
    if (short !== base && short) shortForms.set(fold(short), shortForms.has(fold(short)) && shortForms.get(fold(short)) !== form ? null : form)
  }
  for (const [key, form] of shortForms) if (form && !full.has(key)) full.set(key, form)
  if (!full.size) return
  // Initials ("GM") of the one company whose words they begin.
  const initials = new Map<string, string | null>()
  for (const [, name] of full) {
    const words = name.split(' ').slice(0, -1).filter((w) => /^\p{Lu}/u.test(w))
    if (words.length < 2) continue
    const key = words.map((w) => w[0]).join('')
    initials.set(key, initials.has(key) && initials.get(key) !== name ? null : name)
  }
  const formOf = (name: string): string | null => full.get(fold(name)) ?? (/^\p{Lu}{2,5}$/u.test(name) ? initials.get(name) ?? null : null)
  for (const s of out) {
    if (s.sourceKind === 'organisation') {
      const to = formOf(s.source)
      if (to && to !== s.source) { s.source = to; s.sourceId = match(to) }
    }
    s.otherSources = s.otherSources.map((n) => formOf(n) ?? n)
  }
}
