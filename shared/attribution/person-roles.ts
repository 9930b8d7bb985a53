// What the article calls each person it names: the words of the titles and
// appositions written beside the name ("LSK president Faith Odhiambo",
// "Chief Cabinet Secretary Yoshimasa Hayashi", "Sheikh Ahmed ..., CEO and
// founder of the Emirates Group, said", "the CEO of Etihad Airways,
// Antonoaldo Neves"). A role described without a name ("the LSK boss") is
// then the one person whose words carry that role (role-descriptions.ts).
// One scan of the text's capitalised runs, each looked up by its last word;
// the windows read beside a name are short and bounded.

import { capitalMatchAll } from './capital-index.ts'
import { RANK } from './fullest-names.ts'
import { TITLES } from './lexicon.ts'

// A run of capitalised words (names and the titles glued before them).
const RUN = /\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|bin|binti|al|el|de|da|van|von|der|la|le|du|dos|del))*/gu
// Lower-case words that carry on a title before a name ("LSK president", "police spokesman").
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|\p{Ll}+(?:man|woman|person|ist|er|or|ent|ant|ary|ive|ef|ss|ge|ce)|head|chief|boss|leader|chair|envoy|lawyer)$/u
// Words that end a title read backwards: verbs and prepositions of the sentence around it.
const NOT_TITLE = /^(?:said|says|told|tells|with|by|to|from|at|in|on|as|that|after|before|when|while|met|meets|and|was|is|were|are|has|have|had|whom|who|over|under|between|against)$/
// A clause that opens with a participle ("Rejecting ...", "Asked about ...") is the sentence's, no title.
const PARTICIPLE = /^\p{L}+(?:ing|ed)$/u
const RETIRED = /^\((?:retd|rtd|retired|Retd|Rtd|Retired)\.?\)$/
// Characters read beside one mention for an apposition.
const APPOSITION = 160
// People and mentions read per article (a hostile text names no more than this is worth).
const MAX_PEOPLE = 256
const MAX_MENTIONS = 2000

export class PersonRoles {
  private words = new Map<string, Set<string>>()

  constructor(text: string, people: Iterable<string>) {
    // Each person by surname; a surname two people share names neither.
    const bySurname = new Map<string, string | null>()
    for (const p of people) {
      if (bySurname.size >= MAX_PEOPLE) break
      const parts = p.split(' ')
      // ("Major General" read as a name: a rank, nobody's.)
      if (parts.length < 2 || parts.every(rankWord)) continue
      const last = parts.at(-1)!
      const had = bySurname.get(last)
      // ("Brig Athlenda Mathe" beside "Athlenda Mathe": one person, the shorter without the title;
      // "Md Jahangir Alam Chowdhury" beside "Jahangir Alam Chowdhury": the longer, a name's own word.)
      bySurname.set(last, had === undefined || had === p ? p : had && (had.endsWith(` ${p}`) || p.endsWith(` ${had}`)) ? fuller(had, p) : null)
      if (!this.words.has(p)) this.words.set(p, new Set())
    }
    let seen = 0
    // (Tried only at capitals, capital-index.ts: a \p{Lu} scan of a whole 1 MB text is slow.)
    for (const m of capitalMatchAll(text, RUN)) {
      if (seen >= MAX_MENTIONS) break
      const run = m[0].replace(/[.’']+$/, '')
      const parts = run.split(' ')
      // The run's last word that is a known surname: what stands before it in the run is title.
      let at = -1
      for (let i = parts.length - 1; i >= 0 && at < 0; i--) if (bySurname.get(parts[i]!)) at = i
      if (at < 0) continue
      // ("of Police (Tirunelveli Range) Pa Moorthy": a bracketed run is the post's range, no one's name.)
      if (text[m.index - 1] === '(') continue
      const person = bySurname.get(parts[at]!)!
      seen++
      const held = this.words.get(person)!
      const given = new Set(person.split(' '))
      for (const w of parts.slice(0, at)) if (!given.has(w)) add(held, w)
      const start = m.index
      const end = start + m[0].length
      this.before(text, start, held)
      this.after(text, end, held, bySurname)
    }
  }

  // The role words the article writes beside this person's name.
  of(person: string): ReadonlySet<string> {
    return this.words.get(person) ?? new Set()
  }

  people(): Iterable<string> {
    return this.words.keys()
  }

  // "LSK president Faith Odhiambo" (title words right before) or "the CEO of Etihad Airways, Antonoaldo Neves".
  private before(text: string, start: number, held: Set<string>): void {
    const near = text.slice(Math.max(0, start - APPOSITION), start)
    if (near.endsWith(', ')) {
      // The clause back to its verb or preposition ("... by the president of the Republic (TMR), Vadim").
      // (A paragraph's start ends it too: a headline above is no part of the title.)
      const clause = /(?:^|[,;:.“"\n]\s*)([^,;:.“"\n]*), $/.exec(near)
      const words = clause ? clause[1]!.split(/\s+/) : []
      // ("Rejecting allegations of abuse, Kumar said": a participle's clause, no title.)
      if (PARTICIPLE.test(words[0] ?? '')) return
      for (let i = words.length - 1, n = 0; i >= 0 && n < 12 && (words[i] === 'and' || !NOT_TITLE.test(words[i]!)); i--, n++) add(held, words[i]!)
      return
    }
    const words = near.split(' ')
    words.pop()
    for (let i = words.length - 1, n = 0; i >= 0 && n < 10; i--, n++) {
      // (A paragraph's first word: read, and no further.)
      const line = words[i]!.lastIndexOf('\n')
      const w = words[i]!.slice(line + 1)
      if (line >= 0) { if (TITLE_WORD.test(w) && !NOT_TITLE.test(w)) add(held, w); break }
      // ("Additional Inspector General (AIG) Karachi Police": the title's initials in brackets.)
      if (/^\(\p{Lu}{2,6}\)$/u.test(w)) { add(held, w.slice(1, -1)); continue }
      // ("Lieutenant General (retd) Md Jahangir Alam Chowdhury": retirement is no title word.)
      if (RETIRED.test(w)) continue
      // ("Deputy Inspector General (DIG) of Police (Tirunelveli Range) Pa Moorthy": a post's range in brackets.)
      if (/^\p{Lu}[\p{L}-]*\)$/u.test(w)) {
        let k = i
        while (k > i - 4 && k > 0 && !words[k]!.startsWith('(')) k--
        if (words[k]!.startsWith('(') && words.slice(k, i + 1).every((x) => /^\(?\p{Lu}[\p{L}-]*\)?$/u.test(x))) {
          for (let j = k; j <= i; j++) add(held, words[j]!)
          n += i - k
          i = k
          continue
        }
      }
      // ("Additional Chief Secretary to the Home Department Dheeraj Kumar": a post to a body.)
      if (w === 'to' && words[i + 1] === 'the' && /^\p{Lu}/u.test(words[i - 1] ?? '')) continue
      if (!w || /[,;:.!?)”"]$/.test(w) || NOT_TITLE.test(w) || !TITLE_WORD.test(w)) break
      add(held, w)
    }
  }

  // "Faith Odhiambo, the LSK president, said": the apposition after the name, up to two comma parts.
  private after(text: string, end: number, held: Set<string>, bySurname: ReadonlyMap<string, string | null>): void {
    const near = text.slice(end, end + APPOSITION)
    if (!near.startsWith(', ')) return
    const parts = near.slice(2).split(/[,;.(]/).slice(0, 2)
    for (const part of parts) {
      if (/\b(?:said|says|told|added|noted|stated)\b/.test(part)) break
      // ("DGP G Venkataraman, Chennai police Commissioner A Arun, and ...": a list of people, not his titles.)
      if (/^\s*and\s/.test(part) || part.split(/\s+/).some((w) => bySurname.has(w.replace(/[’']s$/, '')))) break
      for (const w of part.trim().split(/\s+/)) add(held, w)
    }
  }
}

const rankWord = (w: string) => RANK.test(w) || TITLES.has(w.toLowerCase()) || /^(?:major|lieutenant|brigadier|colonel|captain|admiral|marshal|air|vice|rear)$/i.test(w)

// Of two forms of one name, one ending the other: the longer unless its extra words are titles.
function fuller(a: string, b: string): string {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  const extra = long.slice(0, long.length - short.length).trim().split(' ')
  return extra.some((w) => RANK.test(w) || TITLES.has(w.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(w)) ? short : long
}

function add(held: Set<string>, word: string): void {
  const w = word.replace(/^[“"‘(]+|[”"’),]+$/g, '').replace(/['’]s$/, '')
  if (w && held.size < 64) held.add(w.toLowerCase())
}
