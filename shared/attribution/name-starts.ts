// Where a person's name starts inside a capitalised run: "Investor Advocate
// Rick Fleming", "Head of financial reporting Richard Martin" are Rick
// Fleming and Richard Martin (GUIDE 4 names persons without their jobs). A
// common given name with a surname after it starts the name when nothing
// before it is a given name or an initial and the word just before reads as
// a job; the words before are the job.

import { fold } from './fold.ts'
import { isGivenName } from './person-gender.ts'

const INITIAL = /^\p{Lu}\.?$/u
// A job word: lower case ("financial reporting"), an abbreviated title ("Rep."), or an agent noun ("Investor Advocate").
const JOB = /^(?:\p{Ll}+|\p{Lu}\p{Ll}*\.|\p{Lu}\p{Ll}+(?:or|er|ist|ate|ent|ant|ian|ive|ary|ee))$/u

export function fromGivenName(name: string): string {
  const words = name.split(/\s+/)
  if (words.length < 3) return name
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i]!
    if (INITIAL.test(word) || !/^\p{Lu}/u.test(word)) continue
    if (isGivenName(fold(word))) {
      // ("Mary Jo White": a given name before it keeps the whole run.)
      if (words.slice(0, i).some((w) => INITIAL.test(w) || isGivenName(fold(w)))) return name
      // ("Te Kaurinui Robert Parata": the words before must read as a job, not as more of the name.)
      return JOB.test(words[i - 1]!) ? words.slice(i).join(' ') : name
    }
  }
  return name
}
