// A person named in full twice with one word spelt otherwise ("SP Bacha
// Hazrat Khan" ... "SP Bacha Hazart said"): the form with the slip is the
// one person whose name it near-spells (near-spellings.ts), when the
// article names no second person it could be. GUIDE 4 names the person in
// the fullest form, so the longer name wins; of two as long, the one the
// article writes more often, then the one it writes first.

import { fold } from './fold.ts'
import { nearForm } from './near-spellings.ts'

// Persons indexed under each word (a common word such as "Khan" is shared by a few).
const MAX_PER_WORD = 16
// Names read for their counts, and forms counted (as the mention graph bounds them).
const MAX_READ = 4096
const MAX_FORMS = 256

// Each misspelt person's form -> the name it is taken for.
// forms: the people's full forms in the order met; canonical: a form's
// person; uses: how often the article writes each folded form.
export function nearForms(forms: readonly string[], canonical: (form: string) => string, uses: ReadonlyMap<string, number>): Map<string, string> {
  const persons: string[] = []
  const seen = new Set<string>()
  for (const f of forms) {
    const p = canonical(f)
    if (!seen.has(fold(p)) && p.includes(' ')) { seen.add(fold(p)); persons.push(p) }
  }
  const byWord = new Map<string, string[]>()
  for (const p of persons) {
    for (const w of new Set(fold(p).split(' '))) {
      const list = byWord.get(w) ?? []
      if (list.length < MAX_PER_WORD) list.push(p)
      byWord.set(w, list)
    }
  }
  const order = new Map(persons.map((p, k) => [p, k]))
  const out = new Map<string, string>()
  for (const p of persons) {
    const near = new Set<string>()
    for (const w of fold(p).split(' ')) for (const q of byWord.get(w) ?? []) if (q !== p && nearForm(p, q)) near.add(q)
    if (near.size !== 1) continue
    const q = [...near][0]!
    const [pn, qn] = [p, q].map((n) => n.split(' ').length) as [number, number]
    if (pn > qn) continue
    if (pn === qn) {
      const [pu, qu] = [p, q].map((n) => uses.get(fold(n)) ?? 0) as [number, number]
      if (pu > qu || pu === qu && order.get(p)! < order.get(q)!) continue
    }
    out.set(p, q)
  }
  return out
}

// How often each person's form is written (folded, as `form` reads it without titles), over the first names read.
export function formUses(names: Iterable<string>, form: (name: string) => string): Map<string, number> {
  const count = new Map<string, number>()
  let read = 0
  for (const raw of names) {
    if (++read > MAX_READ) break
    const key = fold(form(raw))
    if (count.has(key) || count.size < MAX_FORMS) count.set(key, (count.get(key) ?? 0) + 1)
  }
  return count
}
