// How much of a long article the browser may skip laying out. It opens with
// content-visibility: auto on every block, so the open lays out about a
// screenful of a 1 MB text rather than all of it. But Chromium checks each
// such block against the screen in every round of every frame's lifecycle
// (two or three passes over 1,777 blocks: half the CPU of the frame that
// paints a new claim), so once the article is open its blocks are laid out
// for good, SLICE at a time from the top, when the page is idle.

const SLICE = 32
// Under load the page is seldom idle: a slice at least this often (ms).
const AT_LEAST = 1000

const sheet = new CSSStyleSheet()
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]

const skipFrom = (block: number) =>
  `.article.long-article .ProseMirror > :nth-child(n+${block}) { content-visibility: auto; contain-intrinsic-size: auto 7.5em; }`

// Skips all of a long article's `blocks` at first, then lays them out a
// slice at a time. Returns the stop (nothing skipped after it).
export function layOutInSlices(blocks: number): () => void {
  let from = 1
  let idle = 0
  const next = () => {
    from += SLICE
    if (from > blocks) { sheet.replaceSync(''); idle = 0; return }
    sheet.replaceSync(skipFrom(from))
    idle = requestIdleCallback(next, { timeout: AT_LEAST })
  }
  sheet.replaceSync(skipFrom(from))
  idle = requestIdleCallback(next, { timeout: AT_LEAST })
  return () => {
    cancelIdleCallback(idle)
    sheet.replaceSync('')
  }
}
