// Decoding with the platform's TextDecoder, as browsers decode: strict when
// guessing (an error rules the encoding out), lenient once the encoding is
// known (bad bytes become U+FFFD).

import { fixWindows1252 } from './windows-1252.ts'

export interface DecodedText {
  text: string
  // The WHATWG name of the encoding used, e.g. "utf-8", "gbk", "windows-1252".
  encoding: string
  // True when the file did not say and the encoding was guessed from its
  // bytes (windows-1252, or a legacy encoding chardet recognised).
  assumed?: boolean
}

// shared/ compiles without DOM or Node typings, so the global TextDecoder
// (present in browsers and Node) is reached through a local type.
interface TextDecoderLike {
  decode(input: Uint8Array): string
  readonly encoding: string
}
type TextDecoderClass = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder

export function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new Decoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

// A BOM or a declared encoding is used as browsers use it: bad bytes become
// U+FFFD, and too many of those make the text binary (notTextShare).
// The BOM is already cut off, so a second one stays in the text.
export function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  const decoder = new Decoder(encoding, { ignoreBOM: true })
  const text = decoder.decode(bytes)
  return { text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding: decoder.encoding }
}

// The WHATWG name for a label, or undefined when TextDecoder does not know it.
export function encodingForLabel(label: string): string | undefined {
  try {
    return new Decoder(label.trim()).encoding
  } catch {
    return undefined
  }
}
