// Every pair of colours the style sheets put text on, in every theme, meets
// WCAG AA (4.5:1 for text, 3:1 for focus rings and other non-text marks),
// read from renderer/styles/tokens.css itself.

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { AA_TEXT, contrast } from '../../renderer/theme/contrast.ts'
import { themes } from '../../renderer/theme/highlight.ts'

const css = readFileSync(new URL('../../renderer/styles/tokens.css', import.meta.url), 'utf8')

function tokens(theme: string): Map<string, string> {
  const block = new RegExp(`\\[data-theme="${theme}"\\][^{]*\\{([^}]*)\\}`).exec(css)?.[1]
  assert.ok(block, `no block for ${theme}`)
  return new Map([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/g)].map((m) => [m[1]!, m[2]!]))
}

// [text, background]
const TEXT_PAIRS = [
  ['ink', 'paper'], ['ink', 'surface'], ['ink', 'surface-sunk'], ['ink-soft', 'paper'],
  ['muted', 'paper'], ['muted', 'surface'], ['link', 'paper'], ['accent', 'surface'],
  ['accent-ink', 'accent'], ['ink', 'accent-soft'], ['danger', 'surface'], ['danger-ink', 'danger'],
  ['danger-text', 'danger-soft'], ['ink', 'notice'], ['ink', 'highlight'],
] as const
const MARK_PAIRS = [['focus', 'paper'], ['focus', 'surface'], ['rule-strong', 'surface']] as const

test('text on every surface meets AA in every theme, and focus rings and control borders stand out', () => {
  const failures: string[] = []
  for (const theme of themes) {
    const t = tokens(theme)
    const check = (pairs: readonly (readonly [string, string])[], least: number) => {
      for (const [fg, bg] of pairs) {
        const ratio = contrast(t.get(fg)!, t.get(bg)!)
        if (!(ratio >= least)) failures.push(`${theme}: --${fg} on --${bg} is ${ratio.toFixed(2)}, under ${least}`)
      }
    }
    check(TEXT_PAIRS, AA_TEXT)
    check(MARK_PAIRS, 3)
  }
  assert.deepEqual(failures, [])
})
