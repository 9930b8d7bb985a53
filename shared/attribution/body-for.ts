import type { Entity } from './entity.ts'
import { fold } from './fold.ts'
import { COMPANY_HEADS, PUBLIC_BODY, STATE_BODY } from './org-forms.ts'

const GENERIC_MODS = new Set(['central', 'national', 'state', 'federal'])

// An organisation in reach that a lower-case description fits: "central
// bank" fits "Bank of Russia" (its head, and modifiers any central bank
// has); "economy ministry" fits "Ministry of Economic Development".
export function bodyFor(recent: readonly Entity[], words: readonly string[], para: number, reach: number): Entity | null {
  const head = words[words.length - 1]!
  const stems = (e: Entity) => fold(e.name).split(/[\s-]+/).map((w) => w.slice(0, 5))
  // ("the central bank" after "the Federal Reserve": a reserve bank is a bank.)
  const heads = head === 'bank' ? ['bank', 'reserve'] : [head]
  // ("the production company" after "Dick Clark Productions": a firm's trade word names it, without the word "company".)
  const firm = COMPANY_HEADS.has(head) && words.length > 1
  for (const e of recent) {
    if (e.kind !== 'organisation' || para - e.para > reach) continue
    const byTrade = !heads.some((h) => fold(e.name).includes(h))
    if (byTrade && (!firm || PUBLIC_BODY.test(e.name) || STATE_BODY.test(e.name))) continue
    const known = stems(e)
    const mods = words.slice(0, -1)
    if (mods.every((m) => GENERIC_MODS.has(m) || known.includes(m.slice(0, 5))) && (!byTrade || mods.some((m) => !GENERIC_MODS.has(m)))) return e
  }
  return null
}
