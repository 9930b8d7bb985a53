// Where a claim's save goes between the key and its answer in the page
// (bench/reader-add.ts --server): the page's times (resource timing, from
// the key) put together with the server's (bench/scale/save-probe.mjs, the
// same clock: ms since the epoch). Per add, in ms:
//   to the server      key → the request reached the server
//   before the flush   → the journal's flush began (input checked, the line written)
//   flush              the flushes made while the save was under way (the journal's fdatasync)
//   flush → answer     the last flush's end → the answer handed to the socket
//   answer → page      → the answer's last byte in the page (responseEnd)

export const SAVE_STAGES = ['to the server', 'before the flush', 'flush', 'flush → answer', 'answer → page'] as const
export type SaveStage = typeof SAVE_STAGES[number]

interface ServerSave { arrived: number; flushes: { start: number; end: number }[]; answered: number }
// keyAt: the key's time (epoch ms); saved: its answer's end in the page, from the key.
export interface PageSave { keyAt: number; saved: number }

// Each add's server record is the first to arrive after its key (adds
// are one at a time); an add without one is left out.
export function saveStages(probeText: string, adds: readonly PageSave[]): Record<SaveStage, number[]> {
  const saves = probeText.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ServerSave).sort((a, b) => a.arrived - b.arrived)
  const out = Object.fromEntries(SAVE_STAGES.map((s) => [s, [] as number[]])) as Record<SaveStage, number[]>
  for (const add of adds) {
    const save = saves.find((s) => s.arrived >= add.keyAt && s.arrived - add.keyAt < 20_000)
    if (!save || save.flushes.length === 0) continue
    const flushStart = Math.min(...save.flushes.map((f) => f.start))
    const flushEnd = Math.max(...save.flushes.map((f) => f.end))
    out['to the server'].push(save.arrived - add.keyAt)
    out['before the flush'].push(flushStart - save.arrived)
    out.flush.push(flushEnd - flushStart)
    out['flush → answer'].push(save.answered - flushEnd)
    out['answer → page'].push(add.saved - (save.answered - add.keyAt))
  }
  return out
}
