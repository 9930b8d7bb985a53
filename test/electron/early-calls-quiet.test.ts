// Browser mode's start: early.js sends the start's calls while the app's
// script (0.9 MB) is still loading. The page is busy then, not quiet, so
// the work the server leaves for a quiet moment (the entries' check, the
// search index's read) must not begin on the pause between those calls and
// the app's own: at 10,000 documents it took the two cores from the page
// before its first document was shown. Timers are mocked: what is asserted
// is which work was started after a given quiet, not how fast anything is.

import { after, before, describe, mock, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EARLY_CALL_HEADER } from '../../shared/api/early-header.ts'
import { startServer, type RunningServer } from '../../electron/http/server.ts'
import { openShellServices, type ShellServices } from '../../electron/services.ts'
import { callApi, signIn } from '../helpers/http-sign-in.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
let root: string
let services: ShellServices
let server: RunningServer
let cookie: string

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'sourcemark-early-quiet-'))
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>')
  // As `sourcemark serve` opens them (launch.ts).
  services = await openShellServices({ dataDir: join(root, 'data'), resourcesDir, quickStart: true, indexAtStart: true })
  server = await startServer({ api: services.api, early: services.early, rendererDir })
  cookie = await signIn(server)
})

after(async () => {
  mock.timers.reset()
  await server?.close()
  await services?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('the start\'s early calls', () => {
  test('are answered, but a pause after them starts no background work; the app\'s own calls and a pause after them do', async () => {
    mock.timers.enable({ apis: ['setTimeout'] })
    const early = { [EARLY_CALL_HEADER]: '1' }
    const startup = await callApi(server, cookie, 'startupDocument', {}, early)
    assert.equal(startup.status, 200)
    assert.equal(JSON.parse(startup.body).value.documentId, SAMPLE_ID)
    for (const [method, input] of [['getSettings', {}], ['listReadingPositions', {}], ['listAnnotations', { documentId: SAMPLE_ID }], ['listSources', {}]] as const) {
      assert.equal((await callApi(server, cookie, method, input, early)).status, 200, method)
    }
    // The app's script may take seconds to load on a loaded machine.
    mock.timers.tick(60_000)
    assert.deepEqual(services.background(), { entriesCheck: false, searchIndex: false })

    // The app's first own call: then quiet 300 ms checks the entries, 500 ms reads the index.
    assert.equal((await callApi(server, cookie, 'getSettings', {})).status, 200)
    mock.timers.tick(299)
    assert.deepEqual(services.background(), { entriesCheck: false, searchIndex: false })
    mock.timers.tick(1)
    assert.deepEqual(services.background(), { entriesCheck: true, searchIndex: false })
    mock.timers.tick(200)
    assert.deepEqual(services.background(), { entriesCheck: true, searchIndex: true })
    mock.timers.reset()
  })
})
