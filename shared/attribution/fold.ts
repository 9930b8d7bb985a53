// One key for comparing names: case, diacritics, punctuation spacing and a
// leading "the" do not matter ("Mr. Wang" is handled by the resolver).
// Names recur through an article, so keys are memoised (bounded).

import { memo } from './memo.ts'

export const fold = memo((name: string): string => name
  .normalize('NFKD')
  .replace(/\p{M}+/gu, '')
  .toLowerCase()
  .replace(/[’‘`]/g, "'")
  .replace(/[“”]/g, '"')
  .replace(/[\s\u00a0]+/g, ' ')
  .trim()
  .replace(/^the /, ''))
