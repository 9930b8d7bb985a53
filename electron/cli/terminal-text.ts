// User text on its way to a terminal: titles, quotes, tags, file names and
// the messages that quote them. A terminal obeys what it is sent, so an
// imported title with ESC ] 0 ; ... BEL would retitle the window and
// ESC [ 2 J clear the screen. Every character that could drive it is shown
// escaped instead: C0 (newline and tab included: one message, one line),
// DEL, C1 (U+009B is a one-byte CSI), and the bidi embeddings, overrides and
// isolates and marks that reorder what is shown (U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069; shared/text/characters.ts), with
// the line and paragraph separators.
//
// Only for what is read by a person. Exports to standard output are data and
// go out byte for byte.

import { BIDI_CONTROLS, CONTROLS, SEPARATORS } from '../../shared/text/characters.ts'

const CONTROL = new RegExp(`[${CONTROLS}${SEPARATORS}${BIDI_CONTROLS}]`, 'g')

export function terminalText(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0)
    return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`
  })
}

// JSON for a terminal: JSON.stringify escapes C0 but leaves C1 and the bidi
// controls raw (and DEL). As \uXXXX escapes they are still the same JSON
// value; the newlines left are the layout's own.
const RAW_IN_JSON = new RegExp(`[\\u007f-\\u009f${SEPARATORS}${BIDI_CONTROLS}]`, 'g')

export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (char) => `\\u${hex(char.charCodeAt(0), 4)}`)
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0')
}
