// One key for comparing names: case, diacritics, punctuation spacing and a
// leading "the" do not matter ("Mr. Wang" is handled by the resolver).

export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^the /, '')
}
