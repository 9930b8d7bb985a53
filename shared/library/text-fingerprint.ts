// What tells the search index (search-index.ts) that a document's title
// and text are the ones it indexed, so that a change to its annotations
// alone indexes again only them: the length and two 32-bit hashes (FNV-1a
// with two offsets) of the title and the text. A few milliseconds for a
// 1 MB text, against some hundreds to split it into words again.

export function textFingerprint(title: string, text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193
  const step = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      a = Math.imul(a ^ c, 0x01000193)
      b = Math.imul(b ^ c, 0x0100019d)
    }
  }
  step(title)
  step('\u0000')
  step(text)
  return `${title.length + text.length}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`
}
