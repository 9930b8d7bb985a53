// What the kill benchmark's cases share: the run they work on, and what
// each reports (printed by kill.ts).

export interface KillRun {
  // The working copy of the library.
  dir: string
  documents: number
  // Documents the library should list now (imports add to it).
  listedCount: number
  rand: () => number
}

export interface CaseResult {
  name: string
  summary: string
  // One line per life.
  lines: string[]
  // Restart → answering, per life (ms).
  recover: number[]
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
