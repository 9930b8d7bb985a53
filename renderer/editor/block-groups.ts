// A long article's blocks, held in groups of about GROUP blocks. Chromium
// decides which content-visibility: auto elements to lay out in every round
// of every frame, over all of them: for the 1,777 blocks of a 1 MB article
// that pass was 5-8 ms a round, most of a quiet frame's work. Grouped, it
// goes over a hundred-odd groups, and a group coming near the screen lays
// out its blocks together.
//
// A group ends only between two paragraphs, so rules that look at a block's
// neighbours (a quote after a quote, the last item of a list) and margins
// that collapse (a heading's top margin) read as they did, unless a run
// without such a place grows past LONGEST blocks.

import type { Node } from 'prosemirror-model'
import { schema } from './schema.ts'

const GROUP = 16
const LONGEST = 8 * GROUP

// The doc's top-level nodes: a leading title as it is (the header finds it
// first), every other block in a group.
export function groupBlocks(blocks: readonly Node[]): Node[] {
  const out: Node[] = []
  let at = 0
  if (blocks[0]?.type.name === 'title') out.push(blocks[at++]!)
  let group: Node[] = []
  for (; at < blocks.length; at++) {
    const block = blocks[at]!
    if (group.length >= LONGEST || (group.length >= GROUP && paragraph(block) && paragraph(group[group.length - 1]!))) {
      out.push(schema.node('group', null, group))
      group = []
    }
    group.push(block)
  }
  if (group.length) out.push(schema.node('group', null, group))
  return out
}

const paragraph = (node: Node) => node.type.name === 'paragraph'
