// Given names written as capital initials without dots ("AS Sahney", "PK
// Mishra", common in South Asian news): the tagger reads "AS" as a body's
// initials and keeps only the surname, so the source is "Sahney" where the
// article names "AS Sahney" (GUIDE 4: the fullest form). The letters are a
// name's only when the article writes them nowhere but before that surname,
// never in brackets, and they are no post's initials ("DGP Venkataraman",
// "SP Khan", "PM Modi").

import { RANK } from './fullest-names.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null }

const SURNAME = /^\p{Lu}\p{Ll}{2,}$/u
// Posts written as initials before a name.
const POSTS = new Set(`PM CM DC DM SP SSP ASP DSP ACP DCP DIG IG IGP AIG DGP ADGP DG ADG SHO SI ASI HC MP MLA MNA MPA MLC MEP
CEO CFO COO CTO CIO MD GM AGM CJ CJI VC DPO CPO CCPO RPO SDM SDO BDO ADC DDC CS ACS JS NSA COAS CDS FM HM EAM MoS
UN US UK EU AP AFP PTI ANI IANS UNI BBC CNN`.split(/\s+/))
// Places a pair of letters is looked at (a hostile text repeats it without end), and names per article.
const MAX_SEEN = 64
const MAX_NAMES = 64

export function letterInitials(out: Sourced[], text: string, match: (name: string) => string | null): void {
  const found = new Map<string, string | null>()
  for (const s of out) {
    if ((s.sourceKind !== 'person' && s.sourceKind !== 'organisation') || !SURNAME.test(s.source)) continue
    let full = found.get(s.source)
    if (full === undefined) {
      if (found.size >= MAX_NAMES) continue
      full = initialled(s.source, text)
      found.set(s.source, full)
    }
    if (!full) continue
    s.source = full
    s.sourceKind = 'person'
    s.sourceId = match(full)
  }
}

function initialled(surname: string, text: string): string | null {
  const letters = new Set<string>()
  let n = 0
  for (let at = text.indexOf(` ${surname}`); at >= 0 && n < MAX_SEEN; at = text.indexOf(` ${surname}`, at + 1), n++) {
    const pair = /(?:^|[^\p{L}(.])(\p{Lu}{2,3})$/u.exec(text.slice(Math.max(0, at - 5), at))
    if (pair && !/\p{L}/u.test(text[at + surname.length + 1] ?? '')) letters.add(pair[1]!)
  }
  if (letters.size !== 1) return null
  const pair = [...letters][0]!
  if (POSTS.has(pair) || RANK.test(pair)) return null
  // (Written anywhere else, alone or in brackets, the letters are a body's or a post's: "the DPO said", "(IOCL)".)
  n = 0
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
    if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + pair.length] ?? '')) continue
    if (n++ >= MAX_SEEN || !text.startsWith(` ${surname}`, at + pair.length)) return null
  }
  return `${pair} ${surname}`
}
