import { test, expect } from './fixtures.ts'
import { article } from './reader-page.ts'

type Watched = Window & { cspViolations: string[] }

// The policy forbids eval. Nothing the app runs may even try: each attempt
// is a violation report on every load, which would hide a real one.
test('loading the app reports no Content-Security-Policy violation', async ({ app }) => {
  const { page } = app
  const messages: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as Watched).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  await page.reload()
  await expect(article(page)).toBeVisible()
  await page.getByRole('button', { name: 'Library' }).click()
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible()
  // A violation of our own after the app's: proves the listener hears them.
  await page.evaluate(() => { document.body.append(Object.assign(document.createElement('img'), { src: 'https://sentinel.invalid/x.png' })) })
  await expect.poll(() => page.evaluate(() => (window as unknown as Watched).cspViolations)).toEqual(['img-src https://sentinel.invalid/x.png'])
  expect(messages.filter((text) => !text.includes('sentinel.invalid'))).toEqual([])
})
