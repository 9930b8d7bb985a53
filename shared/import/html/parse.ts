// HTML text -> parse5 tree, refusing what cannot be read safely: a file cut
// off inside a tag, a tree nested deeper than our walks may recurse, and a
// tree far larger than its file.
//
// The last one is real: the parser re-creates every formatting element
// (<b>, <i>, <a>...) still open when a paragraph ends inside them, in each
// new paragraph, so a 25 KB file of 300 open <b id=n> and 5,000 "<p>w" builds
// a million elements. The limit is counted while the tree is built, before
// the memory is spent.

import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5'
import { isElement, type Element, type Page } from './main-content.ts'
import { ImportError } from '../imported-article.ts'
import type { WorkMeter } from '../work-meter.ts'

// The walks recurse; real pages stay far below this (browsers stop nesting
// at 512), and a deeper one would otherwise overflow the stack.
const MAX_DEPTH = 1000
// Elements, comments and text pieces. A page of 20 MB (the largest file we
// read) has a few hundred thousand.
const MAX_NODES = 2_000_000

class TooManyNodes extends Error {}
class TooDeep extends Error {}
const TOO_DEEP = `This page is too deeply nested to import safely (over ${MAX_DEPTH} levels).`

export function parsePage(source: string, meter: WorkMeter): Page {
  // Without that re-creation a file makes at most one node per two
  // characters ("x<b>"), give or take the html, head and body every page
  // gets; one per character leaves room for ordinary tag soup.
  const limit = Math.min(MAX_NODES, source.length + 10_000)
  let nodes = 0
  const count = () => {
    meter.step()
    if (++nodes > limit) throw new TooManyNodes()
  }
  const countText = (previous: { nodeName: string } | undefined) => {
    if (previous?.nodeName === '#text') meter.step()
    else count()
  }
  // Depth as each node is put in place, so a page of 100,000 nested <div>s
  // is refused at level 1001, not after the whole tree is built (a subtree
  // the parser moves later keeps its old depths: deeperThan checks at the end).
  const depths = new WeakMap<object, number>()
  const place = (parent: object, child: object) => {
    const depth = (depths.get(parent) ?? 0) + 1
    if (depth > MAX_DEPTH) throw new TooDeep()
    depths.set(child, depth)
  }
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    appendChild: (parent, child) => (place(parent, child), defaultTreeAdapter.appendChild(parent, child)),
    insertBefore: (parent, child, before) => (place(parent, child), defaultTreeAdapter.insertBefore(parent, child, before)),
    createElement: (...args) => (count(), defaultTreeAdapter.createElement(...args)),
    createCommentNode: (data) => (count(), defaultTreeAdapter.createCommentNode(data)),
    // Text arrives a word and a space at a time, mostly joining the text
    // node before it: only a new node counts, or a long article of plain
    // paragraphs would pass the limit (each call is still a step of work).
    insertText: (parent, text) => (countText(parent.childNodes.at(-1)), defaultTreeAdapter.insertText(parent, text)),
    insertTextBefore: (parent, text, before) => (countText(parent.childNodes[parent.childNodes.indexOf(before) - 1]), defaultTreeAdapter.insertTextBefore(parent, text, before)),
  }
  let truncated = false
  let page: Page
  try {
    page = parse(source, {
      treeAdapter: adapter,
      onParseError: (error) => {
        if (error.code.startsWith('eof-in-') || error.code === 'eof-before-tag-name') truncated = true
      },
    })
  } catch (error) {
    if (error instanceof TooDeep) throw new ImportError(TOO_DEEP)
    if (!(error instanceof TooManyNodes)) throw error
    const over = limit.toLocaleString('en-US')
    throw new ImportError(limit === MAX_NODES
      ? `This page has over ${over} elements, too many to import safely.`
      : `This page is too tangled to import safely: it builds over ${over} elements, far more than its size explains.`)
  }
  // End of file inside a tag, comment or doctype means the file was cut off;
  // a page that merely lacks its closing tags is normal and fine.
  if (truncated) throw new ImportError('The HTML file ends in the middle of a tag; it looks truncated or damaged.')
  if (deeperThan(page, MAX_DEPTH)) throw new ImportError(TOO_DEEP)
  return page
}

function deeperThan(page: Page, limit: number): boolean {
  const stack: [Page | Element, number][] = [[page, 0]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry
    if (depth > limit) return true
    for (const child of node.childNodes) if (isElement(child)) stack.push([child, depth + 1])
  }
  return false
}
