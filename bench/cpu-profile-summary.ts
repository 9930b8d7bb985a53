// Self and total time per function (name, file, line) of CPU profiles (the
// DevTools protocol's Profiler, node --cpu-prof), summed over them.

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
export interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

export function summarize(profiles: Profile | Profile[], top = 30): string {
  const selfBy = new Map<string, number>()
  const totalBy = new Map<string, number>()
  for (const profile of Array.isArray(profiles) ? profiles : [profiles]) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map<number, number>()
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
    const self = new Map<number, number>()
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000))
    const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`
    for (const [id, ms] of self) {
      const n = byId.get(id)!
      selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + ms)
      const seen = new Set<string>()
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const k = key(byId.get(at)!)
        if (seen.has(k)) continue
        seen.add(k)
        totalBy.set(k, (totalBy.get(k) ?? 0) + ms)
      }
    }
  }
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`).join('\n')
  return `self:\n${list(selfBy)}\n\ntotal:\n${list(totalBy)}`
}
