// Documents in other scripts: the reader sets the language (and the
// direction) from the text, and each script gets its own system faces
// (no remote font: the CSP forbids it). Tofu cannot be seen from here, so
// the font stack each language computes to is checked, and that the text
// is laid out.

import { join } from 'node:path'
import { test, expect } from './fixtures.ts'
import { article, articleTitled } from './reader-page.ts'

const CASES = [
  ['zh', '中俄总理举行第三十次定期会晤', 'ltr', 'Noto Serif CJK SC'],
  ['ja', '日中首脳が北京で会談', 'ltr', 'Noto Serif CJK JP'],
  ['ko', '한중 총리 회담 베이징서 열려', 'ltr', 'Noto Serif CJK KR'],
  ['ru', 'Си Цзиньпин встретился с Мишустиным', 'ltr', 'PT Serif'],
  ['ar', 'رئيس الوزراء الصيني يلتقي نظيره الروسي', 'rtl', 'Noto Naskh Arabic'],
  ['he', 'ראש הממשלה נפגש עם נשיא סין', 'rtl', 'Noto Serif Hebrew'],
] as const

test('Chinese, Japanese, Korean, Cyrillic, Arabic and Hebrew documents: lang, direction and their own faces', async ({ app }) => {
  const { page } = app
  await expect(article(page)).toBeVisible()
  for (const [lang, title, dir, face] of CASES) {
    await page.getByLabel('Article files').setInputFiles(join(__dirname, 'files', 'scripts', `${lang}.txt`))
    const doc = articleTitled(page, title)
    await expect(doc).toHaveAttribute('lang', lang, { timeout: 30_000 })
    await expect(doc).toHaveAttribute('dir', dir)
    await expect(page.locator('#article-header')).toHaveAttribute('dir', dir)
    await expect(doc.locator('p').first()).toHaveCSS('font-family', new RegExp(`^"?${face}"?,`))
    await expect(page.locator('#article-heading')).toHaveCSS('font-family', new RegExp(`^"?${face}"?,`))
    await expect(doc.locator('p').first()).toHaveCSS('direction', dir)
    const box = await doc.locator('p').first().boundingBox()
    expect(box!.width * box!.height).toBeGreaterThan(0)
  }
  // The sans typeface picks the script's sans faces.
  await page.keyboard.press(',')
  await page.getByRole('region', { name: 'Reading settings' }).getByLabel('Sans').check()
  await expect(page.locator('html')).toHaveAttribute('data-typeface', 'sans')
  await expect(articleTitled(page, CASES.at(-1)![1]).locator('p').first()).toHaveCSS('font-family', /^"?Noto Sans Hebrew"?,/)
})
