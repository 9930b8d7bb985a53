import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { builtInSources } from '../../shared/model/source.ts'
import { AA_TEXT, contrast, over, parseHex, toHex } from '../../renderer/theme/contrast.ts'
import { highlightFor, highlightRules, themeColours, themes } from '../../renderer/theme/highlight.ts'

// Colours a reader might pick: a hue wheel at several lightnesses, plus
// the extremes.
function sampleColours(): string[] {
  const out = ['#000000', '#ffffff', '#ffff00', '#00ffff', '#ff00ff', '#808080']
  for (let hue = 0; hue < 360; hue += 15) {
    for (const light of [0.25, 0.5, 0.75]) {
      const c = (1 - Math.abs(2 * light - 1)) * 0.8
      const x = c * (1 - Math.abs(((hue / 60) % 2) - 1))
      const m = light - c / 2
      const [r, g, b] = hue < 60 ? [c, x, 0] : hue < 120 ? [x, c, 0] : hue < 180 ? [0, c, x] : hue < 240 ? [0, x, c] : hue < 300 ? [x, 0, c] : [c, 0, x]
      out.push(toHex({ r: (r + m) * 255, g: (g + m) * 255, b: (b + m) * 255 }))
    }
  }
  return out
}

function inkContrasts(colour: string, theme: (typeof themes)[number]): [number, number] {
  const { colour: rgb, alpha } = highlightFor(colour, theme)
  const paper = parseHex(themeColours[theme].paper)
  const once = over(rgb, alpha, paper)
  return [contrast(themeColours[theme].ink, once), contrast(themeColours[theme].ink, over(rgb, alpha, once))]
}

test('every built-in source highlight keeps AA contrast for text in every theme, also where two overlap', () => {
  for (const theme of themes) {
    for (const source of [...builtInSources, { name: 'unattributed', colour: themeColours[theme].unattributed }]) {
      const [once, twice] = inkContrasts(source.colour, theme)
      assert.ok(once >= AA_TEXT, `${source.name} in ${theme}: ${once.toFixed(2)}`)
      assert.ok(twice >= AA_TEXT, `${source.name} overlapping in ${theme}: ${twice.toFixed(2)}`)
    }
  }
})

test('built-in highlights stay visible: they are not thinned to nothing', () => {
  for (const theme of themes) {
    for (const source of builtInSources) {
      assert.ok(highlightFor(source.colour, theme).alpha >= 0.2, `${source.name} in ${theme}`)
    }
  }
})

test('any colour a reader picks gives a legible highlight in every theme', () => {
  for (const theme of themes) {
    for (const colour of sampleColours()) {
      const [once, twice] = inkContrasts(colour, theme)
      assert.ok(once >= AA_TEXT && twice >= AA_TEXT, `${colour} in ${theme}: ${once.toFixed(2)} / ${twice.toFixed(2)}`)
    }
  }
})

test('the theme colours here are the ones the style sheet paints', () => {
  const css = readFileSync(new URL('../../renderer/styles/tokens.css', import.meta.url), 'utf8')
  for (const theme of themes) {
    const block = new RegExp(`\\[data-theme="${theme}"\\][^{]*\\{([^}]*)\\}`).exec(css)?.[1] ?? ''
    for (const name of ['paper', 'ink', 'unattributed'] as const) {
      const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1]
      assert.equal(value, themeColours[theme][name], `--${name} in ${theme}`)
    }
    // The theme's own ink on its paper is far past AA.
    assert.ok(contrast(themeColours[theme].ink, themeColours[theme].paper) >= 7, theme)
  }
})

test('the rules give each source a highlight under each theme', () => {
  const css = highlightRules([{ id: 'tass', colour: '#4a7fd6' }])
  for (const theme of themes) {
    assert.match(css, new RegExp(`:root\\[data-theme="${theme}"\\] \\.source-tass \\{ --source-highlight: rgba\\(74, 127, 214, 0\\.\\d+\\); \\}`))
    assert.match(css, new RegExp(`:root\\[data-theme="${theme}"\\] \\.source-none \\{`))
  }
})
