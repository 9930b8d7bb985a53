// Each source's colour as a CSS rule on a constructed style sheet. The CSP
// forbids inline style attributes, and the CSSOM is not inline, so marks
// carry a class (source-<id>) and the colour lives here.

import type { Source } from '../../shared/model/source.ts'
import { highlightRules } from '../theme/highlight.ts'

const sheet = new CSSStyleSheet()
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]

export function applySourceColours(sources: readonly Source[]): void {
  // Ids and colours are schema-checked (lowercase letters, digits, dashes;
  // #rrggbb), so they are safe inside a selector and a value.
  sheet.replaceSync(sources.map((s) => `.source-${s.id} { --source-colour: ${s.colour}; }`).join('\n') + '\n' + highlightRules(sources))
}
