// Text shown or stored on one line (titles, metadata, cells, snippets):
// every run of whitespace, line breaks included, becomes one space.

export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ')
}

export function oneLine(text: string): string {
  return flatten(text).trim()
}

// At most `max` UTF-16 units, never cutting a surrogate pair in half;
// `ellipsis` (counted in `max`) marks a cut.
export function clip(text: string, max: number, ellipsis = ''): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max - ellipsis.length)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}${ellipsis}`
}
