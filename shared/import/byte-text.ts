// Bytes read as characters without a decoder: a Latin-1 string has one
// character per byte, which is what signatures and the charset prescan
// compare against.

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = ''
  for (let i = start; i < Math.min(end, bytes.length); i++) out += String.fromCharCode(bytes[i]!)
  return out
}

export function isAsciiWhitespace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d
}
