// Text -> bytes in a legacy encoding, for tests. TextEncoder only writes
// UTF-8, so the table is TextDecoder's, turned around: every single byte
// and every two-byte sequence is decoded once and the character it gives
// remembers its bytes (the first sequence wins, as encoders choose).

const tables = new Map<string, Map<string, number[]>>()

function table(encoding: string): Map<string, number[]> {
  const known = tables.get(encoding)
  if (known) return known
  const decoder = new TextDecoder(encoding, { fatal: true })
  const map = new Map<string, number[]>()
  const learn = (bytes: number[]) => {
    let char: string
    try {
      char = decoder.decode(new Uint8Array(bytes))
    } catch {
      return
    }
    if ([...char].length === 1 && char !== '\uFFFD' && !map.has(char)) map.set(char, bytes)
  }
  for (let a = 0; a < 256; a++) learn([a])
  for (let a = 0x81; a < 0xff; a++) for (let b = 0x40; b < 0xff; b++) learn([a, b])
  tables.set(encoding, map)
  return map
}

export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const map = table(encoding)
  const out: number[] = []
  for (const char of text) {
    const bytes = map.get(char)
    if (!bytes) throw new Error(`${JSON.stringify(char)} has no ${encoding} bytes`)
    out.push(...bytes)
  }
  return new Uint8Array(out)
}
