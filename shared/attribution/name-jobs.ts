// Words the article writes in lower case right before a person's full
// name ("realtor Shaun Ghulam", "investor Carl Icahn"): jobs, so the same
// word capitalised at a sentence's start ("Realtor Ghulam said") is no
// part of the name. One linear scan, bounded.

const BEFORE_NAME = /(?<![\p{L}\p{N}])(\p{Ll}{3,}) \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu
const MAX = 256

export function jobsBeforeNames(text: string): Set<string> {
  const jobs = new Set<string>()
  for (const m of text.matchAll(BEFORE_NAME)) {
    jobs.add(m[1]!)
    if (jobs.size >= MAX) break
  }
  return jobs
}
