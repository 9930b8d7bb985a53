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
export function fold(name: string): string {
  if (!plain(name)) return folded(name)
  const lower = name.toLowerCase()
  return lower.startsWith('the ') ? lower.slice(4) : lower
}

// Printable ASCII but the backquote, no space at either end nor two in a
// row (a walk by character codes: most names are read here, from a text
// that a typographic quote mark stores two bytes a character, where a
// pattern runs at half speed).
function plain(name: string): boolean {
  const n = name.length
  if (n === 0) return false
  let space = true
  for (let k = 0; k < n; k++) {
    const c = name.charCodeAt(k)
    if (c === 32) {
      if (space) return false
      space = true
    } else if (c < 33 || c > 126 || c === 96) return false
    else space = false
  }
  return !space
}
