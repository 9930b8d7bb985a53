// How far a many-file import is, in words, for the app and the command
// line alike: "importing 3 of 1000: a.txt (about 2 min left)". The time
// left is the average so far times the files still to go.

export function importProgressLine(done: number, total: number, current: string, elapsedMs: number): string {
  const left = done > 0 ? ` (about ${durationWords((elapsedMs / done) * (total - done))} left)` : ''
  return `importing ${done + 1} of ${total}: ${current}${left}`
}

function durationWords(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000))
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`
}
