// Pages shaped to make an importer's work explode, for the tests that prove
// it stays linear. The audit's shape: a few hundred inline elements
// (<b><i><a href>, repeated) nested around tens of thousands of text nodes,
// so that work per open element per text node is quadratic.

export interface NestedMarksOptions {
  // How many <b><i><a> triples are open around the text (3 elements each).
  triples: number
  // How many text nodes (each a word followed by <br>) sit inside them.
  textNodes: number
}

export function nestedMarksPage({ triples, textNodes }: NestedMarksOptions): string {
  const open: string[] = []
  for (let i = 0; i < triples; i++) open.push(`<b id=b${i}><i id=i${i}><a href="https://example.com/${i}">`)
  const words = 'w<br>'.repeat(textNodes)
  return `<!doctype html><html><head><title>Nested</title></head><body><article><p>${open.join('')}${words}</p></article></body></html>`
}

// The same marks left open across many paragraphs: the HTML parser
// re-creates every open formatting element in each new paragraph.
export function reopenedMarksPage({ triples, textNodes }: NestedMarksOptions): string {
  const open: string[] = []
  for (let i = 0; i < triples; i++) open.push(`<b id=b${i}><i id=i${i}><a href="https://example.com/${i}">`)
  return `<!doctype html><html><head><title>Reopened</title></head><body><article><p>${open.join('')}${'<p>w'.repeat(textNodes)}</article></body></html>`
}

// A story with, inside one paragraph, `depth` nested spans around `width`
// empty elements and then a short link: every span is a short element
// holding a link, which the main-content search checks for a "Read more"
// line by its first words, and a check that read each span's whole subtree
// would cost depth times width.
export function deepLinkedSpansPage({ depth, width }: { depth: number; width: number }): string {
  const story = '<p>The council voted on Thursday to close the bridge for repairs, and the works, which start next week, will take a month.</p>'.repeat(6)
  const spans = `${'<span>'.repeat(depth)}${'<i></i>'.repeat(width)}<a href="https://example.com/">more</a>${'</span>'.repeat(depth)}`
  return `<!doctype html><html><body><article><h1>Bridge</h1>${story}<p>Also: ${spans}</p></article></body></html>`
}
