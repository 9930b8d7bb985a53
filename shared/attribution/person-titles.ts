// A person's name as the mention graph reads it: without the titles or the
// nationality written before it, nor the honours after it ("NBA Commissioner
// Adam Silver", "American Kevin King", "John Smith QC").

import { DEMONYMS, TITLES } from './lexicon.ts'

// Letters after a name that are honours, not names ("QC", "MP").
const POST_NOMINAL = /^(?:QC|KC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|PhD|JP)$/

// A position written in capitals before a name ("QB", "DL"): two or three letters, no dots.
export const JOB_INITIALS = /^\p{Lu}{2,3}$/u

const isTitle = (w: string) => TITLES.has(w) || TITLES.has(w.replace(/s$/, '')) || DEMONYMS.has(w) || DEMONYMS.has(w.replace(/s$/, ''))

// A person's name without the titles or nationality before it ("Representatives Elijah Cummings", "American Kevin King").
export function untitled(name: string): string {
  const words = name.split(' ')
  let k = 0
  let end = words.length
  while (end > 2 && POST_NOMINAL.test(words[end - 1]!)) end--
  while (k < end - 2 && isTitle(words[k]!.toLowerCase())) k++
  // ("Browns DL Sheldon Richardson", "NBA Commissioner Adam Silver": a team's or body's name before the job goes with it.)
  for (let j = end - 3; j >= k; j--) if (JOB_INITIALS.test(words[j]!) || TITLES.has(words[j]!.toLowerCase())) { k = j + 1; break }
  return words.slice(k, end).join(' ')
}
