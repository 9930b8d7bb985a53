// Files built to make the importers' work explode (issue 10, item 1). The
// work is counted with a WorkMeter, not timed: on a shared machine a clock
// cannot tell linear from quadratic, a step count can.

import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { importHtml } from '../../shared/import/html/import.ts'
import { importMarkdown } from '../../shared/import/markdown.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { WorkMeter } from '../../shared/import/work-meter.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { deepLinkedSpansPage, nestedMarksPage, reopenedMarksPage } from '../helpers/hostile-html.ts'

function steps(run: (meter: WorkMeter) => unknown): number {
  const meter = new WorkMeter()
  run(meter)
  return meter.steps
}

// Work at 4x the input over work at 1x: about 4 when linear, 16 when
// quadratic in the nesting times the text.
function growth(small: string, large: string, run: (source: string, meter: WorkMeter) => unknown): number {
  const ratio = large.length / small.length
  assert.ok(ratio > 3.5 && ratio < 4.5, `the large input is ${ratio.toFixed(2)}x the small one`)
  return steps((m) => run(large, m)) / steps((m) => run(small, m))
}

describe('HTML import stays linear on hostile nesting', () => {
  test('nested <b><i><a> around many text nodes: 4x the input is about 4x the work', () => {
    const small = nestedMarksPage({ triples: 25, textNodes: 2_000 })
    const large = nestedMarksPage({ triples: 100, textNodes: 8_000 })
    const factor = growth(small, large, (source, meter) => importHtml(source, meter))
    assert.ok(factor < 5, `work grew ${factor.toFixed(1)}x`)
  })

  test('the audit-sized file (250 KB, 300 nested inline elements) imports with its marks, in bounded work', () => {
    const source = nestedMarksPage({ triples: 100, textNodes: 49_000 })
    assert.ok(source.length > 245_000, `${source.length} bytes`)
    const meter = new WorkMeter()
    const { blocks } = importHtml(source, meter)
    assert.ok(meter.steps < 10 * source.length, `${meter.steps} steps for ${source.length} bytes`)
    assert.equal(blocks.length, 1)
    const [block] = blocks
    // One mark of each kind over all the words; the link is the innermost.
    assert.deepEqual(block!.marks, [
      { type: 'link', from: 0, to: block!.text.length, href: 'https://example.com/99' },
      { type: 'strong', from: 0, to: block!.text.length },
      { type: 'em', from: 0, to: block!.text.length },
    ])
  })

  test('formatting left open across paragraphs is refused before the parser builds millions of elements', () => {
    // 25 KB that parse5 would turn into a million elements.
    const source = reopenedMarksPage({ triples: 100, textNodes: 2_000 })
    const meter = new WorkMeter()
    assert.throws(() => importHtml(source, meter), (e: unknown) => e instanceof ImportError && /too tangled to import safely/.test(e.message))
    assert.ok(meter.steps < 4 * source.length, `${meter.steps} steps for ${source.length} bytes`)
  })

  test('the same shape with a few paragraphs still imports', () => {
    const { blocks } = importHtml(reopenedMarksPage({ triples: 3, textNodes: 20 }))
    assert.equal(blocks.length, 20)
    assert.deepEqual(blocks[5]!.marks?.map((m) => m.type), ['link', 'strong', 'em'])
  })

  test('the main-content search stays linear on deep short elements holding links', () => {
    const small = deepLinkedSpansPage({ depth: 200, width: 2_000 })
    const large = deepLinkedSpansPage({ depth: 800, width: 8_000 })
    const factor = growth(small, large, (source, meter) => importHtml(source, meter))
    assert.ok(factor < 5, `work grew ${factor.toFixed(1)}x`)
    assert.match(canonicalText(importHtml(large).blocks), /Also: more$/m)
  })

  // Refused at level 1001 while parsing, not after building 200,000 levels.
  test('a page nested too deep is refused as soon as the parser goes past the limit', () => {
    const source = `<!doctype html><html><body>${'<div>'.repeat(200_000)}x</body></html>`
    const meter = new WorkMeter()
    assert.throws(() => importHtml(source, meter), (e: unknown) => e instanceof ImportError && /too deeply nested to import safely/.test(e.message))
    assert.ok(meter.steps < 2_000, `the parser made ${meter.steps} nodes first`)
  })

  test('a meter past its limit stops the import with a sentence', () => {
    const source = nestedMarksPage({ triples: 10, textNodes: 1_000 })
    assert.throws(() => importHtml(source, new WorkMeter(1_000)), (e: unknown) => e instanceof ImportError && /far more work to read than a file of its size should/.test(e.message))
  })
})

describe('Markdown import stays linear on hostile input', () => {
  // One list item continued by thousands of paragraphs, each with a mark.
  const longItem = (paragraphs: number) => `- *a* start\n\n${'  *w* b\n\n'.repeat(paragraphs)}`

  test('an item of many paragraphs: 4x the input is about 4x the work', () => {
    const factor = growth(longItem(2_000), longItem(8_000), (source, meter) => importMarkdown(source, meter))
    assert.ok(factor < 5, `work grew ${factor.toFixed(1)}x`)
  })

  test('deep emphasis and links: 4x the input is about 4x the work', () => {
    const shape = (n: number) => `${'*'.repeat(n)}${'[x '.repeat(n)}w${'](https://e.com) '.repeat(n)}${'*'.repeat(n)}`
    const factor = growth(shape(500), shape(2_000), (source, meter) => importMarkdown(source, meter))
    assert.ok(factor < 5, `work grew ${factor.toFixed(1)}x`)
  })
})
