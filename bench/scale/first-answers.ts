// The server's part of the start (issue 18), without a browser: the real
// browser-mode server on a generated library, signed in the moment its
// address is printed, sent at once the calls the page's first script sends
// (renderer/early.ts, marked as it marks them), and timed from the spawn to
// each answer, with the server's CPU time when the first document's last
// answer came, and to the answer of a call that needs the whole library
// (storageNotices). No page competes for the two cores here, so this shows
// when the server could answer, not when a page got round to asking.
//
//   node --import tsx bench/scale/first-answers.ts --data-dir DIR [--runs N] [--baseline ROOT] [--page]
//
// --page: as the page loads, the HTML first, then early.js, app.css and
// app.js at once, and the first calls once early.js has come (each file's
// arrival timed too); storageNotices once they are answered, as the app
// asks it after its script has run (at once without --page).
//
// DIR: a generated library started once before (bench/scale/start.ts
// --warm). ROOT: another checkout, built, timed in turn on a copy of DIR.

import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EARLY_CALL_HEADER } from '../../shared/api/early-header.ts'
import { cpuMs, printedUrl, spawnServer } from './app.ts'
import { percentile } from './report.ts'

const ROOT = resolve(import.meta.dirname, '..', '..')
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, runs: { type: 'string', default: '6' }, baseline: { type: 'string' }, page: { type: 'boolean', default: false } } })
if (!values['data-dir']) throw new Error('--data-dir DIR (a generated library) is required')

type Times = Record<string, number>

async function once(root: string, dataDir: string): Promise<Times> {
  const t0 = performance.now()
  const { server, stop } = spawnServer(root, dataDir)
  try {
    const url = await printedUrl(server)
    const times: Times = { printed: performance.now() - t0 }
    const signIn = await fetch(url, { redirect: 'manual' })
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
    const call = async (method: string, input: object) => {
      const answer = await fetch(new URL(`/api/${method}`, url), { method: 'POST', headers: { 'content-type': 'application/json', cookie, [EARLY_CALL_HEADER]: '1' }, body: JSON.stringify(input) })
      const body = await answer.json() as { ok: boolean; value: unknown }
      if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body)}`)
      times[method] = performance.now() - t0
      return body.value
    }
    const whole = values.page ? null : call('storageNotices', {})
    let rest: Promise<unknown> = Promise.resolve()
    if (values.page) {
      const file = async (path: string) => {
        const answer = await fetch(new URL(path, url), { headers: { cookie } })
        if (!answer.ok) throw new Error(`${path}: ${answer.status}`)
        await answer.arrayBuffer()
        times[path] = performance.now() - t0
      }
      await file('/')
      rest = Promise.all([file('/app.css'), file('/app.js')])
      await file('/early.js')
    }
    const first = (async () => {
      const { documentId } = await call('startupDocument', {}) as { documentId: string }
      await Promise.all([call('getDocument', { documentId }), call('listAnnotations', { documentId }), call('listSources', {}), call('listRemovedSources', {})])
    })()
    await Promise.all([first, call('getSettings', {}), call('listReadingPositions', {})])
    times['first document answered'] = performance.now() - t0
    times['server CPU to then'] = await cpuMs(server.pid!)
    await (whole ?? call('storageNotices', {}))
    await rest
    return times
  } finally {
    await stop()
  }
}

async function main(): Promise<void> {
  const dataDir = values['data-dir']!
  const builds = [{ name: 'this build', root: ROOT, dataDir, runs: [] as Times[] }]
  if (values.baseline) {
    const copy = `${dataDir}-baseline`
    execFileSync('rm', ['-rf', copy])
    execFileSync('cp', ['-a', dataDir, copy])
    builds.unshift({ name: `baseline (${values.baseline})`, root: resolve(values.baseline), dataDir: copy, runs: [] })
  }
  // One untimed start each: caches warm.
  for (const build of builds) await once(build.root, build.dataDir)
  for (let i = 0; i < Number(values.runs); i++) {
    for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
      const times = await once(build.root, build.dataDir)
      build.runs.push(times)
      console.error(`${build.name}: ${JSON.stringify(times)}`)
    }
  }
  const load = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
  console.log(`\nThe server's first answers, ${values.runs} starts each, medians (load average at the end ${load})\n`)
  console.log(`| from the spawn | ${builds.map((b) => b.name).join(' | ')} |`)
  console.log(`|---|${builds.map(() => '---|').join('')}`)
  for (const name of Object.keys(builds[0]!.runs[0] ?? {})) {
    console.log(`| ${name} | ${builds.map((b) => `${percentile(b.runs.map((r) => r[name]!), 50).toFixed(0)} ms`).join(' | ')} |`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
