import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { request, type OutgoingHttpHeaders } from 'node:http'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { canonicalText } from '../../shared/model/document.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { openServices } from '../../electron/services.ts'
import { startServer, type RunningServer } from '../../electron/http/server.ts'
import { readDocumentOnDisk } from '../helpers/document-files.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const SAMPLE_ID = 'xi-mishustin-2025-11-05'
const INDEX_HTML = '<!doctype html><html><head><link rel="stylesheet" href="app.css"><script src="app.js" defer></script></head><body></body></html>'

let root: string
let dataDir: string
let server: RunningServer
let sampleText: string
// The Cookie header of a signed-in browser.
let cookie: string

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

// node:http, not fetch: fetch will not send a Host header of our choosing.
function send(method: string, path: string, options: { headers?: OutgoingHttpHeaders; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

// What a browser does with a launch address: load it once, keep the cookie.
async function signIn(): Promise<string> {
  const launch = new URL(server.launchUrl())
  const reply = await send('GET', `${launch.pathname}${launch.search}`)
  assert.equal(reply.status, 303, reply.body)
  const [setCookie] = reply.headers['set-cookie'] as string[]
  return setCookie!.split(';')[0]!
}

function api(method: string, payload: unknown, headers: OutgoingHttpHeaders = {}): Promise<Reply> {
  return send('POST', `/api/${method}`, {
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  })
}

// Every file under the data directory with its bytes, to prove nothing moved.
async function snapshot(dir = dataDir): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath ?? entry.path, entry.name)
    files.set(path, (await readFile(path)).toString('base64'))
  }
  return files
}

function validPayload() {
  const phrase = 'calling for enhanced cooperation'
  const start = sampleText.indexOf(phrase)
  assert.notEqual(start, -1)
  return { documentId: SAMPLE_ID, kind: 'claim', target: describeRange(sampleText, start, start + phrase.length), sources: ['xinhua'] }
}

function errorOf(reply: Reply): { code: string; message: string; field?: string } {
  assert.match(String(reply.headers['content-type']), /^application\/json/)
  const outcome = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string; field?: string } }
  assert.equal(outcome.ok, false)
  return outcome.error
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'sourcemark-http-test-'))
  dataDir = join(root, 'data')
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
  await writeFile(join(rendererDir, 'app.js'), 'console.log("app")\n')
  await writeFile(join(rendererDir, 'app.css'), 'body { margin: 0 }\n')
  await mkdir(join(rendererDir, 'chunks'))
  await writeFile(join(rendererDir, 'chunks', 'notes-AB12.js'), 'export const notes = 1\n')
  await writeFile(join(rendererDir, 'chunks', 'notes.txt'), 'not a chunk\n')
  const services = await openServices({ dataDir, resourcesDir: join(repoRoot, 'resources') })
  sampleText = canonicalText((await services.getDocument({ documentId: SAMPLE_ID })).blocks)
  server = await startServer({ api: services, rendererDir })
  cookie = await signIn()
})

after(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('browser-mode HTTP server', () => {
  test('listens on 127.0.0.1; a launch address carries a fresh one-time code and nothing else', () => {
    const a = server.launchUrl()
    assert.match(a, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?code=[\\w-]{43}$`))
    assert.notEqual(server.launchUrl(), a)
  })

  test('a launch code signs in once: 303 to / with an HttpOnly, SameSite=Strict cookie; used again it is refused', async () => {
    const launch = new URL(server.launchUrl())
    const first = await send('GET', `/${launch.search}`)
    assert.equal(first.status, 303)
    assert.equal(first.headers.location, '/')
    const setCookie = (first.headers['set-cookie'] as string[])[0]!
    const [pair, ...flags] = setCookie.split(/;\s*/)
    assert.match(pair!, new RegExp(`^sourcemark-${server.port}=[\\w-]{43}$`))
    assert.ok(!pair!.includes(launch.searchParams.get('code')!), 'the cookie is not the code')
    assert.deepEqual(flags.sort(), ['HttpOnly', 'Path=/', 'SameSite=Strict'])
    const page = await send('GET', '/', { headers: { cookie: pair! } })
    assert.equal(page.status, 200)

    const before = await snapshot()
    const again = await send('GET', `/${launch.search}`)
    assert.equal(again.status, 401)
    assert.equal(again.headers['set-cookie'], undefined)
    assert.match(again.body, /already used/)
    // Someone else used it first: the session it opened is over.
    assert.equal((await send('GET', '/', { headers: { cookie: pair! } })).status, 401)
    assert.equal((await api('listDocuments', {}, { cookie: pair! })).status, 401)
    assert.equal((await send('GET', '/?code=not-a-code')).status, 401)
    assert.deepEqual(await snapshot(), before)
  })

  test('the browser that used a launch address may load it again and stays signed in', async () => {
    const launch = new URL(server.launchUrl())
    const first = await send('GET', `/${launch.search}`)
    const pair = (first.headers['set-cookie'] as string[])[0]!.split(';')[0]!
    const again = await send('GET', `/${launch.search}`, { headers: { cookie: pair } })
    assert.equal(again.status, 303)
    assert.equal((await api('listDocuments', {}, { cookie: pair })).status, 200)
  })

  test('the page and its assets without the cookie, or with a wrong one, are 401', async () => {
    for (const headers of [{}, { cookie: `sourcemark-${server.port}=wrong` }, { cookie: `sourcemark-${server.port + 1}=${cookie.split('=')[1]}` }]) {
      assert.equal((await send('GET', '/', { headers })).status, 401)
      assert.equal((await send('GET', '/app.js', { headers })).status, 401)
    }
    assert.equal((await send('GET', '/?token=anything')).status, 401)
  })

  test('with the cookie the page is served as built: no secret in it', async () => {
    const reply = await send('GET', '/', { headers: { cookie } })
    assert.equal(reply.status, 200)
    assert.match(String(reply.headers['content-type']), /^text\/html/)
    assert.equal(reply.body, INDEX_HTML)
  })

  test('assets are served with the cookie, unknown paths are 404', async () => {
    const headers = { cookie }
    const js = await send('GET', '/app.js', { headers })
    assert.equal(js.status, 200)
    assert.equal(js.body, 'console.log("app")\n')
    assert.match(String(js.headers['content-type']), /^text\/javascript/)
    const css = await send('GET', '/app.css', { headers })
    assert.equal(css.status, 200)
    assert.match(String(css.headers['content-type']), /^text\/css/)
    assert.equal((await send('GET', '/../data/library.json', { headers })).status, 404)
    assert.equal((await send('GET', '/library.json', { headers })).status, 404)
    assert.equal((await send('POST', '/', { headers })).status, 405)
  })

  test("app.js's chunks are served by plain name from chunks/, nothing else there", async () => {
    const headers = { cookie }
    const chunk = await send('GET', '/chunks/notes-AB12.js', { headers })
    assert.equal(chunk.status, 200)
    assert.equal(chunk.body, 'export const notes = 1\n')
    assert.match(String(chunk.headers['content-type']), /^text\/javascript/)
    assert.equal((await send('GET', '/chunks/notes-AB12.js')).status, 401)
    assert.equal((await send('GET', '/chunks/missing-CD34.js', { headers })).status, 404)
    assert.equal((await send('GET', '/chunks/notes.txt', { headers })).status, 404)
    assert.equal((await send('GET', '/chunks/%2e%2e%2fapp.js', { headers })).status, 404)
  })

  test('responses carry a Content-Security-Policy with default-src \'none\'', async () => {
    for (const reply of [await send('GET', '/', { headers: { cookie } }), await send('GET', '/'), await api('listDocuments', {})]) {
      const csp = String(reply.headers['content-security-policy'])
      assert.match(csp, /(^|;\s*)default-src 'none'(;|$)/, csp)
      assert.equal(reply.headers['x-content-type-options'], 'nosniff')
    }
  })

  test('an API POST without the cookie, with a wrong one, or with a launch code is 401 and writes nothing', async () => {
    const before = await snapshot()
    const body = JSON.stringify(validPayload())
    const none = await send('POST', '/api/createAnnotation', { headers: { 'content-type': 'application/json' }, body })
    assert.equal(none.status, 401)
    assert.equal(errorOf(none).code, 'invalid-input')
    const wrong = await api('createAnnotation', validPayload(), { cookie: `sourcemark-${server.port}=not-the-session` })
    assert.equal(wrong.status, 401)
    const code = new URL(server.launchUrl()).searchParams.get('code')!
    const asCookie = await api('createAnnotation', validPayload(), { cookie: `sourcemark-${server.port}=${code}` })
    assert.equal(asCookie.status, 401, 'a launch code is no session')
    const inQuery = await send('POST', `/api/createAnnotation?code=${code}`, { headers: { 'content-type': 'application/json' }, body })
    assert.equal(inQuery.status, 401, 'a launch code in the query does not unlock the API')
    assert.deepEqual(await snapshot(), before)
  })

  test('a foreign Host header is 403 even when signed in (DNS rebinding)', async () => {
    const before = await snapshot()
    for (const host of [`evil.example:${server.port}`, 'evil.example', `127.0.0.1:${server.port + 1}`, `127.0.0.1.evil.example:${server.port}`]) {
      const reply = await api('createAnnotation', validPayload(), { host })
      assert.equal(reply.status, 403, host)
      assert.equal((await send('GET', '/', { headers: { host, cookie } })).status, 403, host)
    }
    assert.equal((await api('listDocuments', {}, { host: `localhost:${server.port}` })).status, 200)
    assert.deepEqual(await snapshot(), before)
  })

  test('a foreign Origin is 403', async () => {
    const before = await snapshot()
    for (const origin of ['http://evil.example', `http://evil.example:${server.port}`, 'null', `https://127.0.0.1:${server.port}`]) {
      assert.equal((await api('createAnnotation', validPayload(), { origin })).status, 403, origin)
    }
    assert.equal((await api('listDocuments', {}, { origin: `http://127.0.0.1:${server.port}` })).status, 200)
    assert.deepEqual(await snapshot(), before)
  })

  test('Sec-Fetch-Site: cross-site (or same-site) is 403', async () => {
    const before = await snapshot()
    assert.equal((await api('createAnnotation', validPayload(), { 'sec-fetch-site': 'cross-site' })).status, 403)
    assert.equal((await api('createAnnotation', validPayload(), { 'sec-fetch-site': 'same-site' })).status, 403)
    assert.equal((await send('GET', '/', { headers: { 'sec-fetch-site': 'cross-site', cookie } })).status, 403)
    assert.equal((await api('listDocuments', {}, { 'sec-fetch-site': 'same-origin' })).status, 200)
    assert.deepEqual(await snapshot(), before)
  })

  test('GET on /api/... is 405', async () => {
    const reply = await send('GET', '/api/listDocuments', { headers: { cookie } })
    assert.equal(reply.status, 405)
    assert.equal(errorOf(reply).code, 'invalid-input')
  })

  test('a POST that is not application/json is 415', async () => {
    const before = await snapshot()
    const reply = await api('createAnnotation', JSON.stringify(validPayload()), { 'content-type': 'text/plain' })
    assert.equal(reply.status, 415)
    const none = await send('POST', '/api/listDocuments', { headers: { cookie }, body: '{}' })
    assert.equal(none.status, 415)
    assert.deepEqual(await snapshot(), before)
  })

  test('malformed JSON is 400', async () => {
    const reply = await api('createAnnotation', '{"documentId": ')
    assert.equal(reply.status, 400)
    assert.match(errorOf(reply).message, /not valid JSON/)
  })

  test('an unknown method is 404', async () => {
    for (const method of ['noSuchMethod', '__proto__', 'constructor', 'toString']) {
      const reply = await api(method, {})
      assert.equal(reply.status, 404, method)
      assert.equal(errorOf(reply).code, 'not-found')
    }
  })

  test('an invalid payload is 400 with a message naming the field', async () => {
    const before = await snapshot()
    const payload = validPayload()
    const reply = await api('createAnnotation', { ...payload, target: { ...payload.target, position: { start: 'zero', end: 5 } } })
    assert.equal(reply.status, 400)
    const error = errorOf(reply)
    assert.equal(error.code, 'invalid-input')
    assert.equal(error.field, 'target.position.start')
    assert.equal(error.message, 'The start of the selection should be a number.')
    const badId = await api('getDocument', { documentId: '../library' })
    assert.equal(badId.status, 400)
    assert.equal(errorOf(badId).field, 'documentId')
    const wrongQuote = await api('createAnnotation', { ...payload, target: { ...payload.target, quote: { ...payload.target.quote, exact: 'x'.repeat(payload.target.quote.exact.length) } } })
    assert.equal(wrongQuote.status, 400)
    assert.equal(errorOf(wrongQuote).field, 'target.quote.exact')
    assert.deepEqual(await snapshot(), before)
  })

  test('a valid createAnnotation is 200 and the annotation is in the document file on disk', async () => {
    const reply = await api('createAnnotation', validPayload())
    assert.equal(reply.status, 200, reply.body)
    const { value } = JSON.parse(reply.body) as { value: { id: string; target: unknown; documentId: string } }
    assert.equal(value.documentId, SAMPLE_ID)
    assert.deepEqual(value.target, validPayload().target)
    const file = await readDocumentOnDisk(dataDir, SAMPLE_ID)
    const stored = file.annotations.find((a) => a.id === value.id)
    assert.ok(stored, 'the annotation is not in the document file')
    assert.deepEqual(stored.target, validPayload().target)
    const listed = await api('listAnnotations', { documentId: SAMPLE_ID })
    assert.ok((JSON.parse(listed.body) as { value: { id: string }[] }).value.some((a) => a.id === value.id))
  })
})

describe('malformed requests', () => {
  test('a path that is not valid percent-encoding is 400 with a short JSON error, and nothing is printed', async (t) => {
    const printed = [t.mock.method(console, 'error', () => {}), t.mock.method(console, 'log', () => {}), t.mock.method(console, 'warn', () => {})]
    const before = await snapshot()
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/list%ZZDocuments']) {
      const reply = await api(path.slice('/api/'.length), {})
      assert.equal(reply.status, 400, path)
      const error = errorOf(reply)
      assert.equal(error.code, 'invalid-input')
      assert.ok(error.message.length < 120, error.message)
      assert.doesNotMatch(reply.body, /URIError|at .*\.ts:\d+/)
    }
    assert.deepEqual(await snapshot(), before)
    for (const mock of printed) assert.equal(mock.mock.callCount(), 0, 'the server printed something')
  })
})

describe('oversized requests', () => {
  // Sends `megabytes` of body, chunked (no length says so in advance), as
  // fast as the server takes it; the answer, or null when the server cut
  // the connection, and how much was sent.
  function sendLarge(megabytes: number): Promise<{ reply: { status: number; body: string } | null; sent: number }> {
    const chunk = Buffer.alloc(1024 * 1024, 'a')
    let sent = 0
    return new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/getDocument', headers: { 'content-type': 'application/json', cookie } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ reply: { status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }, sent }))
        res.on('error', () => resolve({ reply: null, sent }))
      })
      req.on('error', () => resolve({ reply: null, sent }))
      const pump = () => {
        while (sent < megabytes * chunk.length && !req.destroyed) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        if (!req.destroyed) req.end()
      }
      pump()
    })
  }

  test('a body past 30 MB is refused in words (413), and nothing is written', async () => {
    const before = await snapshot()
    const { reply } = await sendLarge(40)
    assert.ok(reply, 'the connection was cut before the answer')
    assert.equal(reply.status, 413)
    const outcome = JSON.parse(reply.body) as { ok: false; error: { message: string } }
    assert.equal(outcome.error.message, 'The request is larger than 30 MB, more than Sourcemark takes at once.')
    assert.deepEqual(await snapshot(), before)
  })

  // The server does not read a body without end to its end: past what it
  // drops it cuts the client off, and goes on answering others.
  test('a client that never stops sending is cut off', async () => {
    const { sent } = await sendLarge(1000)
    assert.ok(sent < 1000 * 1024 * 1024, 'the server read all 1000 MB')
    assert.equal((await api('listDocuments', {})).status, 200, 'the server goes on answering')
  })
})
