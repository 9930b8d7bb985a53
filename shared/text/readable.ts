// Text from a file name or a file's bytes made fit to show as a title or in
// a message: whitespace controls become spaces; other controls, bidi
// controls and zero-width characters go, since they hide or reorder what is
// shown ("invoice\u202Egnp.exe" reads as "invoiceexe.png"). The zero-width
// joiners stay: Persian, Indic scripts and emoji need them.

import { BIDI_CONTROLS, CONTROLS } from './characters.ts'

const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085]/g
const HIDDEN = new RegExp(`[${CONTROLS}${BIDI_CONTROLS}\\u200b\\u2060-\\u2064\\ufeff]`, 'g')

export function readableText(text: string): string {
  return text.replace(WHITESPACE_CONTROLS, ' ').replace(HIDDEN, '')
}
