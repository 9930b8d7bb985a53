// MHTML archives as Chromium saves them ("Webpage, single file"): the page
// part is found, undone from quoted-printable or base64, and imported like
// an HTML file; the other parts are never read.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importFileReport } from '../../shared/import/file.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { readMhtml } from '../../shared/import/mhtml.ts'
import { canonicalText } from '../../shared/model/document.ts'

const SAVED_PAGE = readFileSync(fileURLToPath(new URL('../fixtures/import/saved-page.html', import.meta.url)), 'utf8')
const BOUNDARY = '----MultipartBoundary--kP3WvMqsrVlDqZ2iOmFT2bNWBkXJ1TYGlKtd7ulzqN----'

// Quoted-printable as Chromium writes it: UTF-8 bytes, "=" and non-ASCII
// as =XY, lines cut at 76 with a soft break "=".
function quotedPrintable(text: string): string {
  let line = ''
  const lines: string[] = []
  for (const byte of new TextEncoder().encode(text)) {
    if (byte === 0x0a) {
      lines.push(line)
      line = ''
      continue
    }
    const piece = byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte)
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`)
      line = ''
    }
    line += piece
  }
  lines.push(line)
  return lines.join('\r\n')
}

function archive(html: string, encoding: 'quoted-printable' | 'base64', charset = ''): Uint8Array {
  const body = encoding === 'base64' ? Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n') : quotedPrintable(html)
  const text = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://www.northportledger.example/news/2025/03/14/millbrook-floating-solar-approved',
    'Subject: =?utf-8?Q?Council_backs_floating_solar_farm_=E2=80=93_The_Ledger?=',
    'Date: Fri, 14 Mar 2025 09:12:44 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
    `--${BOUNDARY}`,
    `Content-Type: text/html${charset}`,
    'Content-ID: <frame-5A1F0D2C8E7B4C1D9E@mhtml.blink>',
    `Content-Transfer-Encoding: ${encoding}`,
    'Content-Location: https://www.northportledger.example/news/2025/03/14/millbrook-floating-solar-approved',
    '',
    body,
    `--${BOUNDARY}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.northportledger.example/static/main.css',
    '',
    '@charset "utf-8";',
    '',
    'body { font: 16px serif; } .mhtml-css-marker { content: "CSS-PART-TEXT"; }',
    `--${BOUNDARY}`,
    'Content-Type: text/javascript',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.northportledger.example/static/app.js',
    '',
    'document.body.innerHTML =3D "SCRIPT-PART-TEXT";',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n')
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

for (const encoding of ['quoted-printable', 'base64'] as const) {
  test(`a Chromium MHTML archive (${encoding}) imports as its page's article`, () => {
    const report = importFileReport({ name: 'Council backs floating solar farm.mhtml', bytes: archive(SAVED_PAGE, encoding) })
    const fromHtml = importFileReport({ name: 'saved-page.html', bytes: new TextEncoder().encode(SAVED_PAGE) })
    assert.deepEqual(report.draft, fromHtml.draft)
    const text = canonicalText(report.draft.blocks)
    // (The byline's "Tomás Reyes" is in the draft's authors; the caption's photo credit is left out of the text.)
    assert.ok(JSON.stringify(report.draft).includes('Tomás'), 'non-ASCII survives the transfer encoding')
    assert.ok(!text.includes('CSS-PART-TEXT') && !text.includes('SCRIPT-PART-TEXT'))
  })
}

test('the archive\'s address and Subject stand in when the page does not say', () => {
  const bare = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>The ferry to Nordholm will run twice a day from Monday, the operator said.</p></body></html>'
  const report = importFileReport({ name: 'ferry.mht', bytes: archive(bare, 'quoted-printable') })
  assert.equal(report.draft.meta.title, 'Council backs floating solar farm – The Ledger')
  assert.equal(report.draft.meta.url, 'https://www.northportledger.example/news/2025/03/14/millbrook-floating-solar-approved')
})

test('the part\'s charset wins over the page\'s own declaration', () => {
  const page = '<html><head><meta charset="windows-1252"></head><body><p>Привет, мир: новости дня и погода на выходные в Москве.</p></body></html>'
  const report = importFileReport({ name: 'a.mhtml', bytes: archive(page, 'base64', '; charset="utf-8"') })
  assert.equal(report.draft.blocks[0]!.text, 'Привет, мир: новости дня и погода на выходные в Москве.')
})

test('an archive without an extension is recognised by its first lines', () => {
  const report = importFileReport({ name: 'download', bytes: archive(SAVED_PAGE, 'quoted-printable') })
  assert.equal(report.draft.meta.title, 'Council backs floating solar farm on Millbrook reservoir')
})

test('an .mhtml file that is not an archive, or has no page, is refused', () => {
  const refuses = (bytes: Uint8Array, message: RegExp) =>
    assert.throws(() => importFileReport({ name: 'x.mhtml', bytes }), (e: unknown) => e instanceof ImportError && message.test(e.message))
  refuses(new TextEncoder().encode('<html><body><p>Just HTML.</p></body></html>'), /not an MHTML web archive/)
  const noPage = new TextEncoder().encode(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n`)
  refuses(noPage, /has no HTML page/)
  assert.throws(() => readMhtml(new Uint8Array()), ImportError)
})
