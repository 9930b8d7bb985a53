// Edit distance, bit-parallel: Myers' algorithm (JACM 46(3), 1999) in its
// block form, with Ukkonen's cut-off. The dynamic-programming matrix D[i][j] (pattern prefix
// of length i against text up to column j) is kept one column at a time as
// bit-vectors of vertical differences D[i][j] - D[i-1][j] in {+1, 0, -1}:
// Pv has bit i set for +1, Mv for -1. The pattern is cut into blocks of 32
// rows; each block passes its horizontal difference at its bottom row to
// the next block.

export interface Pattern {
  length: number
  blocks: number
  // Distinct code units of the pattern; code unit codes[i] has row i + 1
  // of `eq` (row 0: code units not in the pattern).
  codes: Uint16Array
  // eq[row * blocks + b]: bit r set where pattern[32 * b + r] is that code unit.
  eq: Int32Array
}

// Code unit -> row of a Pattern's eq table, for the pattern being run.
// Filled before and cleared after every run, so runs do not interfere.
const rowOf = new Int32Array(0x10000)

export function compile(pattern: string, reverse: boolean): Pattern {
  const m = pattern.length
  const blocks = Math.ceil(m / 32)
  const codes: number[] = []
  const rows = new Map<number, number>()
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i)
    if (!rows.has(c)) { rows.set(c, codes.length + 1); codes.push(c) }
  }
  const eq = new Int32Array((codes.length + 1) * blocks)
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(reverse ? m - 1 - i : i)
    eq[rows.get(c)! * blocks + (i >> 5)]! |= 1 << (i & 31)
  }
  return { length: m, blocks, codes: Uint16Array.from(codes), eq }
}

function install(p: Pattern): void { for (let i = 0; i < p.codes.length; i++) rowOf[p.codes[i]!] = i + 1 }
function uninstall(p: Pattern): void { for (let i = 0; i < p.codes.length; i++) rowOf[p.codes[i]!] = 0 }

// One column step of one block. hin is the horizontal difference entering
// at the block's top, the return value the one leaving at its bottom
// (`bottom` is the bit of the block's last row).
function advance(pv: Int32Array, mv: Int32Array, b: number, eq: number, hin: number, bottom: number): number {
  const p = pv[b]!, mneg = mv[b]!
  const xv = eq | mneg
  if (hin < 0) eq |= 1
  const xh = (((eq & p) + p) ^ p) | eq
  let ph = mneg | ~(xh | p)
  let mh = p & xh
  const hout = ph & bottom ? 1 : mh & bottom ? -1 : 0
  ph <<= 1
  mh <<= 1
  if (hin < 0) mh |= 1
  else if (hin > 0) ph |= 1
  pv[b] = mh | ~(xv | ph)
  mv[b] = ph & xv
  return hout
}

// End offsets in text[from, to) where some substring ending there is within
// k edits of the pattern: one per run of adjacent such ends, the one with
// fewest errors. Blocks wholly above k are skipped (Ukkonen's cut-off), so
// for small k mostly block 0 runs; it is kept in local variables.
export function scanEnds(text: string, from: number, to: number, p: Pattern, k: number): { end: number; errors: number }[] {
  const { length: m, blocks, eq } = p
  const pv = new Int32Array(blocks).fill(-1)
  const mv = new Int32Array(blocks)
  const score = new Int32Array(blocks)
  for (let b = 0; b < blocks; b++) score[b] = Math.min(m, 32 * (b + 1))
  const lastRows = ((m - 1) & 31) + 1
  const lastBottom = 1 << (lastRows - 1)
  const full = 1 << 31
  const final = blocks - 1
  const shift0 = final === 0 ? lastRows - 1 : 31
  let y = Math.min(final, Math.max(0, Math.ceil(k / 32) - 1))
  let pv0 = -1, mv0 = 0, score0 = score[0]!

  const ends: { end: number; errors: number }[] = []
  let runBest = -1, runErrors = 0
  install(p)
  try {
    for (let j = from; j < to; j++) {
      const base = rowOf[text.charCodeAt(j)]! * blocks
      // Block 0: nothing enters at the top (the match may start anywhere).
      const e = eq[base]!
      const xv = e | mv0
      const xh = (((e & pv0) + pv0) ^ pv0) | e
      let ph = mv0 | ~(xh | pv0)
      let mh = pv0 & xh
      // Branch-free: the bottom row's horizontal difference, +1, 0 or -1.
      let carry = ((ph >>> shift0) & 1) - ((mh >>> shift0) & 1)
      ph <<= 1
      mh <<= 1
      pv0 = mh | ~(xv | ph)
      mv0 = ph & xv
      score0 += carry
      let last = score0
      for (let b = 1; b <= y; b++) {
        carry = advance(pv, mv, b, eq[base + b]!, carry, b === final ? lastBottom : full)
        last = score[b]! += carry
      }
      if (y < final && last - carry <= k && ((eq[base + y + 1]! & 1) !== 0 || carry < 0)) {
        y++
        pv[y] = -1
        mv[y] = 0
        last = (y === 1 ? score0 : score[y - 1]!) - carry + (y === final ? lastRows : 32)
        last += advance(pv, mv, y, eq[base + y]!, carry, y === final ? lastBottom : full)
        score[y] = last
      } else {
        while (y > 0 && score[y]! >= k + 32) y--
        if (y === 0) last = score0
        else last = score[y]!
      }
      if (y === final && last <= k) {
        if (runBest === -1 || last < runErrors) { runBest = j + 1; runErrors = last }
      } else if (runBest !== -1) {
        ends.push({ end: runBest, errors: runErrors })
        runBest = -1
      }
    }
    if (runBest !== -1) ends.push({ end: runBest, errors: runErrors })
  } finally {
    uninstall(p)
  }
  return ends
}

// The best alignment of the whole pattern against text read from `at`
// outwards (direction 1: text[at], text[at + 1], ...; -1: text[at - 1],
// text[at - 2], ..., with the pattern compiled reversed), using up to
// `limit` code units of text: fewest errors, and of those the length
// nearest the pattern's.
export function alignAnchored(text: string, at: number, direction: 1 | -1, limit: number, p: Pattern): { errors: number; length: number } {
  const { length: m, blocks, eq } = p
  const available = direction === 1 ? text.length - at : at
  const columns = Math.max(0, Math.min(limit, available))
  const pv = new Int32Array(blocks).fill(-1)
  const mv = new Int32Array(blocks)
  const lastBottom = 1 << (((m - 1) & 31))
  const full = 1 << 31
  const final = blocks - 1
  let score = m // D[m][0]: the pattern against no text
  let best = m, bestLength = 0
  install(p)
  try {
    for (let j = 0; j < columns; j++) {
      const code = text.charCodeAt(direction === 1 ? at + j : at - 1 - j)
      const base = rowOf[code]! * blocks
      // The text may not be skipped before the anchor: D[0][j] = j, so +1
      // enters the top block at every column.
      let carry = 1
      for (let b = 0; b < blocks; b++) carry = advance(pv, mv, b, eq[base + b]!, carry, b === final ? lastBottom : full)
      score += carry
      if (score < best || (score === best && Math.abs(j + 1 - m) < Math.abs(bestLength - m))) { best = score; bestLength = j + 1 }
    }
  } finally {
    uninstall(p)
  }
  return { errors: best, length: bestLength }
}
