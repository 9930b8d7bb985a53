// Long work on the server's one thread (the search index read at 10,000
// documents, the versions of every entry compared) done in steps, giving
// the calls waiting a turn between them, so that none waits behind the
// whole: the library list asked for just after the start waited 0.5-0.9 s
// behind one such task on a loaded machine.

// Called between steps: resolves at once, or after a turn of the event loop
// once `everyMs` have passed since the last turn given.
export type Pause = () => Promise<void>

export function turnsEvery(everyMs = 8): Pause {
  let last = performance.now()
  return async () => {
    if (performance.now() - last < everyMs) return
    await new Promise((resolve) => setImmediate(resolve))
    last = performance.now()
  }
}

// A generator's steps run to its end (what it returns), pausing between them.
export async function inSteps<T>(steps: Generator<void, T>, pause: Pause): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await pause()
  }
}
