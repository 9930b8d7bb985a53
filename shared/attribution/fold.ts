// One key for comparing names: case, diacritics, punctuation spacing and a
// leading "the" do not matter ("Mr. Wang" is handled by the resolver).
// Names recur through an article, so keys are memoised (bounded).

import { memo } from './memo.ts'

const folded = memo((name: string): string => name
  .normalize('NFKD')
  .replace(/\p{M}+/gu, '')
  .toLowerCase()
  .replace(/[’‘`]/g, "'")
  .replace(/[“”]/g, '"')
  .replace(/[\s\u00a0]+/g, ' ')
  .trim()
  .replace(/^the /, ''))

// Most names are plain ASCII with single spaces, which the steps above only
// lower-case: those skip the memo (a name's hash, a map's probe, and its
// clearing when a long article names more than it holds).
const PLAIN = /^[!-_a-~](?:[ -_a-~]*[!-_a-~])?$/
export function fold(name: string): string {
  if (!PLAIN.test(name) || name.includes('  ')) return folded(name)
  const lower = name.toLowerCase()
  return lower.startsWith('the ') ? lower.slice(4) : lower
}
