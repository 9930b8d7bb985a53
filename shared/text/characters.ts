// Character classes that more than one part of Sourcemark must agree on, as
// regex class bodies (no brackets) to compose: the link policy refuses
// them inside an address, the terminal shows them escaped.

// C0 (tab and newline included), DEL and C1 (U+009B is a one-byte CSI).
export const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f'
// Line and paragraph separators: a line break to some readers, not to others.
export const SEPARATORS = '\\u2028\\u2029'
// Bidi embeddings, overrides and isolates, and the marks: they reorder or
// hide what is shown.
export const BIDI_CONTROLS = '\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069'
// Zero-width spaces and joiners, word joiner, invisible operators, BOM.
export const INVISIBLES = '\\u200b-\\u200d\\u2060-\\u2064\\ufeff'
// Unicode spaces other than the ASCII ones in CONTROLS.
export const SPACES = ' \\u00a0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000'

export const anyOf = (...classes: string[]) => new RegExp(`[${classes.join('')}]`)
