// One link policy (shared/links/policy.ts), asked by every caller: the HTML
// and Markdown importers, the HTML page metadata, the Markdown note export,
// the HTML export, the reader's link guard and the desktop shell. A corpus
// of tricky addresses goes through each, and each must keep exactly the
// ones the policy keeps.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import MarkdownIt from 'markdown-it'
import { keptHref, keptPageUrl } from '../../shared/links/policy.ts'
import { importHtml } from '../../shared/import/html/import.ts'
import { importMarkdown } from '../../shared/import/markdown.ts'
import { safeNote } from '../../shared/export/markdown-safe-note.ts'
import { toHtml } from '../../shared/export/html.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import { openableUrl } from '../../renderer/links.ts'
import { isOpenableLink } from '../../electron/shell/policy.ts'

// [address as decoded, kept?]
const CORPUS: [string, boolean][] = [
  ['https://example.org/a?b=1&c=2#d', true],
  ['http://example.org', true],
  ['HTTPS://Example.ORG/Path', true],
  ['  https://example.org/padded  ', true],
  ['https://user@example.org:8080/x', true],
  ['https://[2001:db8::1]/x', true],
  ['https://例え.jp/パス', true],
  ['mailto:desk@example.org', true],
  ['MAILTO:desk@example.org?subject=Hi', true],
  ['https://example.org/%20encoded%01', true],
  ['javascript:alert(1)', false],
  ['JaVaScRiPt:alert(1)', false],
  ['java\tscript:alert(1)', false],
  ['java\nscript:alert(1)', false],
  ['\u0001javascript:alert(1)', false],
  ['vbscript:msgbox(1)', false],
  ['data:text/html,<b>x</b>', false],
  ['file:///etc/passwd', false],
  ['blob:https://example.org/x', false],
  ['/relative/path', false],
  ['page.html', false],
  ['#top', false],
  ['//example.org/protocol-relative', false],
  ['https:example.org', false],
  ['https:/example.org', false],
  ['https://', false],
  ['http:\\\\evil.example', false],
  ['https://evil.example\\@good.example', false],
  ['https://example.org/a\u0001b', false],
  ['https://example.org/a\u007fb', false],
  ['https://example.org/a\u0085b', false],
  ['https://example.org/a b', false],
  ['https://example.org/a\u00a0b', false],
  ['https://example.org/a\u200bb', false],
  ['https://example.org/\u202egnp.exe', false],
  ['https://example.org/a\u2028b', false],
  ['https://example.org:99999/', false],
  ['mailto:', false],
  ['', false],
  [`https://example.org/${'a'.repeat(4100)}`, false],
]

const inHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
// Markdown: the pointy-bracket form holds spaces; backslash escapes the rest.
const inMarkdown = (s: string) => s.replace(/[\\<>]/g, '\\$&')
const markdownWritable = (s: string) => !/[\n\r]/.test(s)

function htmlImportHref(href: string): string | null {
  const page = `<html><head><title>T</title></head><body><article><p>Read <a href="${inHtml(href)}">the statement</a> today, in full.</p></article></body></html>`
  const { blocks } = importHtml(page)
  return blocks.flatMap((b) => b.marks ?? []).find((m) => m.type === 'link')?.href ?? null
}

function markdownImportHref(href: string): string | null {
  const { blocks } = importMarkdown(`# T\n\nRead [the statement](<${inMarkdown(href)}>) today.\n`)
  return blocks.flatMap((b) => b.marks ?? []).find((m) => m.type === 'link')?.href ?? null
}

const permissive = new MarkdownIt('default', { html: true })
permissive.validateLink = () => true
permissive.normalizeLink = (url) => url
function noteKeepsLink(href: string): boolean {
  const note = `Read [the statement](<${inMarkdown(href)}>) today.`
  const out = safeNote(note)
  const links = permissive.parse(out, {}).flatMap((t) => t.children ?? []).filter((t) => t.type === 'link_open')
  return out === note && links.length === 1
}

function htmlExportKeepsLink(href: string): boolean {
  const text = 'Read the statement today.'
  const document = { id: 'd', meta: { title: 'T' }, blocks: [{ type: 'paragraph', text, marks: [{ type: 'link', from: 5, to: 18, href }] }] } as ArticleDocument
  return toHtml({ document, annotations: [], sources: [], exported: '2025-01-01T00:00:00.000Z' }).includes('data-url=')
}

test('the policy keeps http, https and mailto, trimmed, and nothing else', () => {
  for (const [href, kept] of CORPUS) {
    assert.equal(keptHref(href), kept ? href.trim() : null, JSON.stringify(href))
    assert.equal(keptPageUrl(href) !== null, kept && !/^mailto:/i.test(href), JSON.stringify(href))
  }
  assert.equal(keptHref(null), null)
  assert.equal(keptHref(undefined), null)
})

test('every caller keeps exactly the addresses the policy keeps', () => {
  const disagreements: string[] = []
  const expect = (caller: string, href: string, got: boolean, kept: boolean) => {
    if (got !== kept) disagreements.push(`${caller} ${got ? 'kept' : 'dropped'} ${JSON.stringify(href.slice(0, 60))}`)
  }
  for (const [href, kept] of CORPUS) {
    const decoded = keptHref(href) ?? href.trim()
    const html = htmlImportHref(href)
    expect('HTML import', href, html !== null, kept)
    if (html !== null && html !== decoded) disagreements.push(`HTML import changed ${JSON.stringify(href)} to ${JSON.stringify(html)}`)
    if (markdownWritable(href)) {
      const markdown = markdownImportHref(href)
      expect('Markdown import', href, markdown !== null, kept)
      if (markdown !== null && markdown !== decoded) disagreements.push(`Markdown import changed ${JSON.stringify(href)} to ${JSON.stringify(markdown)}`)
      expect('Markdown note export', href, noteKeepsLink(href), kept)
    }
    expect('HTML export', href, htmlExportKeepsLink(href), kept)
    expect('reader link guard', href, openableUrl(href) !== null, kept)
    const opened = openableUrl(href)
    if (opened !== null) expect('desktop shell', href, isOpenableLink(opened), true)
    expect('desktop shell (raw)', href, isOpenableLink(href) && href.trim() === href, kept && href.trim() === href)
  }
  assert.deepEqual(disagreements, [])
})

test('entity-encoded schemes are decoded before the check, in both importers', () => {
  for (const hidden of ['&#106;avascript:alert(1)', 'javascript&#58;alert(1)', 'java&#x09;script:alert(1)', 'java&NewLine;script:alert(1)']) {
    const page = `<html><body><article><p>Read <a href="${hidden}">the statement</a> today, in full.</p></article></body></html>`
    const { blocks } = importHtml(page)
    assert.equal(blocks.flatMap((b) => b.marks ?? []).filter((m) => m.type === 'link').length, 0, hidden)
    const md = importMarkdown(`# T\n\nRead [the statement](${hidden}) today.\n`).blocks.flatMap((b) => b.marks ?? [])
    assert.equal(md.filter((m) => m.type === 'link').length, 0, hidden)
  }
  assert.equal(htmlImportHref('https://example.org/?a=1&amp;b=2'.replace('&amp;', '&')), 'https://example.org/?a=1&b=2')
})
