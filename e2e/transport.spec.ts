import { request as httpRequest } from 'node:http'
import { test, expect } from './fixtures.ts'
import { article, selectText } from './reader-page.ts'

// The HTTP transport exists only in browser mode.
test.beforeEach(({ app }) => {
  test.skip(app.mode !== 'browser', 'the HTTP transport is browser mode only')
})

function apiUrl(url: string, method: string): string {
  return new URL(`/api/${method}`, url).href
}

const payload = {
  documentId: 'xi-mishustin-2025-11-05',
  kind: 'highlight',
  target: { position: { start: 0, end: 7 }, quote: { exact: 'Beijing', prefix: '', suffix: ', China' } },
}

test('the launch address signed the browser in with an HttpOnly, SameSite=Strict cookie and is spent', async ({ app, playwright }) => {
  const origin = new URL('/', app.url).href
  await expect(app.page).toHaveURL(origin)
  const cookies = await app.page.context().cookies(origin)
  expect(cookies).toHaveLength(1)
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', domain: '127.0.0.1' })
  expect(cookies[0]!.value).not.toContain(new URL(app.url!).searchParams.get('code'))
  expect(await app.page.evaluate(() => document.cookie)).toBe('')

  // Someone who read the address from a command line is too late.
  const other = await playwright.request.newContext()
  const again = await other.get(app.url!, { maxRedirects: 0 })
  expect(again.status()).toBe(401)
  expect(again.headers()['set-cookie']).toBeUndefined()
  await other.dispose()
})

test('API requests without the session cookie are refused and change nothing', async ({ app, playwright }) => {
  const api = await playwright.request.newContext()
  const refused = await api.post(apiUrl(app.url!, 'createAnnotation'), { data: payload })
  expect(refused.status()).toBe(401)
  const port = new URL(app.url!).port
  const wrong = await api.post(apiUrl(app.url!, 'createAnnotation'), { data: payload, headers: { cookie: `sourcemark-${port}=not-the-session` } })
  expect(wrong.status()).toBe(401)
  const page = await api.get(new URL('/', app.url).href)
  expect(page.status()).toBe(401)
  await api.dispose()

  await app.page.reload()
  await expect(article(app.page)).toBeVisible()
  await expect(article(app.page).locator('mark')).toHaveCount(0)
})

test('requests with a foreign Host header or from another origin are refused, signed in or not', async ({ app }) => {
  const url = new URL(app.url!)
  const [session] = await app.page.context().cookies(url.origin)
  const post = (headers: Record<string, string>) => new Promise<number>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: url.port, path: '/api/createAnnotation', method: 'POST', headers: {
      'content-type': 'application/json', cookie: `${session!.name}=${session!.value}`, ...headers,
    } }, (res) => { res.resume(); resolve(res.statusCode!) })
    req.on('error', reject)
    req.end(JSON.stringify(payload))
  })
  expect(await post({ host: `attacker.example:${url.port}` })).toBe(403)
  expect(await post({ origin: 'http://attacker.example' })).toBe(403)
  expect(await post({ origin: `http://127.0.0.1:${Number(url.port) + 1}` })).toBe(403)
  expect(await post({ 'sec-fetch-site': 'cross-site' })).toBe(403)

  await app.page.reload()
  await expect(article(app.page).locator('mark')).toHaveCount(0)
})

test('a page on another origin cannot use the API', async ({ app }) => {
  const { page } = app
  // A cross-origin fetch from a different local page, as a malicious site would try.
  const other = await page.context().browser()!.newPage()
  await other.goto('about:blank')
  const result = await other.evaluate(async ([endpoint, body]) => {
    try {
      const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      return `status ${res.status}`
    } catch (error) {
      return `blocked: ${(error as Error).message}`
    }
  }, [apiUrl(app.url!, 'createAnnotation'), JSON.stringify(payload)] as const)
  expect(result).toMatch(/blocked|status 4\d\d/)
  await page.reload()
  await expect(article(page).locator('mark')).toHaveCount(0)
})

test('an API error is shown and the screen stays truthful', async ({ app }) => {
  const { page } = app
  await page.route('**/api/createAnnotation', (route) => route.fulfill({
    status: 507, contentType: 'application/json',
    body: JSON.stringify({ ok: false, error: { code: 'storage', message: 'Could not save: disk full' } }),
  }))
  await selectText(page, 'Deepen cooperation')
  await page.getByRole('button', { name: 'Highlight', exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText('Could not save: disk full')
  await expect(article(page).locator('mark')).toHaveCount(0)
  // The words are selected again: the highlight can be made once more.
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('Deepen cooperation')
})
