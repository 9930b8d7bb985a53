// Each source's colour as a CSS rule on a constructed style sheet. The CSP
// forbids inline style attributes, and the CSSOM is not inline, so marks
// carry a class (source-<id>) and the colour lives here.

import type { Source } from '../../shared/model/source.ts'
import { highlightRules } from '../theme/highlight.ts'

const sheet = new CSSStyleSheet()
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
// What the sheet holds: replacing it restyles every element of the page
// (seconds with a long article), so the same rules are never put back.
let applied = ''

export function applySourceColours(sources: readonly Source[]): void {
  // Ids and colours are schema-checked (lowercase letters, digits, dashes;
  // #rrggbb), so they are safe inside a selector and a value.
  // source2-/source3- give a claim's second and third sources their part
  // of the split underline; highlightRules their fill in each theme.
  const rules = sources.map((s) => `.source-${s.id} { --source-colour: ${s.colour}; }\n`
    + `.source2-${s.id} { --source-colour-2: ${s.colour}; }\n.source3-${s.id} { --source-colour-3: ${s.colour}; }`).join('\n') + '\n' + highlightRules(sources)
  if (rules === applied) return
  applied = rules
  sheet.replaceSync(rules)
}
