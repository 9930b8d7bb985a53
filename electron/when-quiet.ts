// Work put off until the app has been quiet a moment after its calls (the
// first document shown, the page idle), and at the latest a while after
// the start: then it no longer competes with what the user waits for.

export interface Quiet {
  // A call came in: not quiet yet.
  heard(): void
}

export function whenQuiet(run: () => void, { quietMs, atMostMs }: { quietMs: number; atMostMs: number }): Quiet {
  let done = false
  let quiet: ReturnType<typeof setTimeout> | undefined
  const go = () => {
    if (done) return
    done = true
    clearTimeout(quiet)
    clearTimeout(latest)
    run()
  }
  const latest = setTimeout(go, atMostMs).unref()
  return {
    heard() {
      if (done) return
      clearTimeout(quiet)
      quiet = setTimeout(go, quietMs).unref()
    },
  }
}
