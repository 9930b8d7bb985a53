// A wire story another site republishes keeps the agency's credit: a byline
// naming only the agency ("By The Associated Press", "By AFP", "Reuters
// staff") in the story's first lines, or the agency's name alone closing it
// ("— AFP", "(AFP)", "AFP"), on a line of its own or after the last sentence
// ("... they said. REUTER", the 1980s wire's sign-off). Like a wire dateline ("(Reuters) -"), the credit
// says whose copy it is, so the agency is the writer whatever site carries
// it: "told AFP" in AFP's copy is its own interview (GUIDE 6), not a relay.
// A credit naming several agencies ("(AFP, dpa)") or "contributed to this
// report" is the site's own story written with the wires' help: no writer here.

import { knownOutlet } from './outlets.ts'

// Agencies whose copy other sites carry whole.
export const WIRES: ReadonlySet<string> = new Set(['AP', 'Reuters', 'AFP', 'Bloomberg', 'dpa', 'ANSA', 'EFE', 'Kyodo', 'Yonhap', 'Xinhua', 'TASS', 'Anadolu', 'PTI', 'ANI', 'PA Media', 'CNA', 'Jiji Press'])
// "By The Associated Press", "By AFP", "Reuters Staff", "AFP | Published December 1, 2026".
const BYLINE = /^(?:By\s+)?((?:The\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}?)(?:\s+(?:[Ss]taff|[Rr]eporters?))?\s*(?:[|·•]\s*[^\n]{0,60})?$/u
// The last line: "— AFP", "-- AFP", "(AFP)", "AFP"; or the sign-off after the last sentence on its line ("... they said. REUTER").
const CLOSING = /(?:^|\n)\s*(?:(?:--|—|–|-)\s*)?\(?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\)?\s*$/u
const SIGN_OFF = /[.!?"”)]\s+(?:(?:--|—|–)\s*)?\(?(\p{Lu}[\p{L}-]*)\)?\s*$/u
// The head a byline is looked for in: after a headline and a dek, its first lines.
const HEAD_LINES = 6
const HEAD = 800

export function wireCredit(text: string): string | null {
  const lines = text.slice(0, HEAD).split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, HEAD_LINES)
  // (The headline itself is no byline: "Reuters" as a title is a story about the agency.)
  for (const line of lines.slice(1)) {
    const m = BYLINE.exec(line)
    const wire = m ? wireNamed(m[1]!) : null
    if (wire) return wire
  }
  const tail = text.slice(-80)
  const m = CLOSING.exec(tail) ?? SIGN_OFF.exec(tail)
  return (m ? wireNamed(m[1]!) : null) ?? toldWire(text)
}

// A wire's copy from before its name went into the dateline ("FRANKFURT, June 2 - ", its sign-off
// dropped) that tells the wire things ("Schlesinger told Reuters") and names it nowhere else: an
// outlet relaying the wire's interview says whose story it is ("Reuters reported", "according to
// Reuters"), and its own copy carries its own dateline; so the one told is the writer.
const BARE_DATELINE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}' .-]{1,40}, \p{Lu}\p{Ll}{2,8}\.? \d{1,2} (?:-|--|—|–) /u
const TOLD = /\btold (\p{Lu}\p{L}+)\b/gu
function toldWire(text: string): string | null {
  if (!BARE_DATELINE.test(text.slice(0, 400))) return null
  let wire: string | null = null
  for (const m of text.matchAll(TOLD)) {
    const named = wireNamed(m[1]!)
    if (!named) continue
    if (wire && named !== wire) return null
    wire = named
  }
  if (!wire) return null
  // (Every mention of it is one told: "told Reuters" twice, and never "Reuters said".)
  const mentions = text.split(new RegExp(`\\b${wire}\\b`)).length - 1
  const told = text.split(new RegExp(`\\btold ${wire}\\b`)).length - 1
  return mentions === told ? wire : null
}

function wireNamed(name: string): string | null {
  const outlet = knownOutlet(name)
  return outlet && WIRES.has(outlet) ? outlet : null
}
