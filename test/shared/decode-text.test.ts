import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { BINARY_MESSAGE, EMPTY_MESSAGE, UNKNOWN_ENCODING_MESSAGE, decodeText } from '../../shared/import/decode-text.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { MAX_IMPORT_BYTES } from '../../shared/api/contract.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

const fixtureText = (name: string) => new TextDecoder().decode(fixture(name))
const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/encodings/${name}`, import.meta.url))))
const utf8 = (text: string) => new TextEncoder().encode(text)
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]))
// Each character one byte: only for text in U+0000..U+00FF.
const latin1 = (text: string) => Uint8Array.from(text, (c) => {
  assert.ok(c.charCodeAt(0) <= 0xff, `not Latin-1: ${c}`)
  return c.charCodeAt(0)
})
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff
    bytes[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8
  }
  return bytes
}
const replaceAscii = (bytes: Uint8Array, from: string, to: string) => {
  const text = String.fromCharCode(...bytes)
  assert.ok(text.includes(from), `fixture lacks ${from}`)
  return latin1(text.replace(from, to))
}

function rejects(bytes: Uint8Array, message: string, options?: { html?: boolean }) {
  assert.throws(() => decodeText(bytes, options), (error: unknown) => {
    assert.ok(error instanceof ImportError, `not an ImportError: ${String(error)}`)
    assert.equal(error.message, message)
    return true
  })
}

function randomBytes(seed: number, size: number): Uint8Array {
  const next = seededRandom(seed)
  return Uint8Array.from({ length: size }, () => Math.floor(next() * 256))
}
// Sizes spread evenly on a log scale between min and max.
const sizeFor = (seed: number, min: number, max: number) => Math.round(min * (max / min) ** seededRandom(seed ^ 0x5eed)())

const SAMPLE = 'Grüße aus Köln — 東京 🎉\r\nSecond line\ttabbed.'

describe('Unicode files', () => {
  test('UTF-8 without a BOM', () => {
    assert.deepEqual(decodeText(utf8(SAMPLE)), { text: SAMPLE, encoding: 'utf-8' })
  })

  test('UTF-8 with a BOM: the BOM is removed', () => {
    assert.deepEqual(decodeText(concat([0xef, 0xbb, 0xbf], utf8(SAMPLE))), { text: SAMPLE, encoding: 'utf-8' })
  })

  test('UTF-16LE and UTF-16BE with a BOM, surrogate pairs included', () => {
    assert.deepEqual(decodeText(concat([0xff, 0xfe], utf16(SAMPLE, 'le'))), { text: SAMPLE, encoding: 'utf-16le' })
    assert.deepEqual(decodeText(concat([0xfe, 0xff], utf16(SAMPLE, 'be'))), { text: SAMPLE, encoding: 'utf-16be' })
  })

  test('a BOM wins over a declared charset', () => {
    const page = '<meta charset="windows-1251"><p>Grüße</p>'
    assert.deepEqual(decodeText(concat([0xef, 0xbb, 0xbf], utf8(page)), { html: true }), { text: page, encoding: 'utf-8' })
  })

  test('UTF-16 without a BOM is recognised by its NUL high bytes', () => {
    const text = 'Reuters reported on Tuesday 一 that 世界 talks resumed.'
    assert.deepEqual(decodeText(utf16(text, 'le')), { text, encoding: 'utf-16le' })
    assert.deepEqual(decodeText(utf16(text, 'be')), { text, encoding: 'utf-16be' })
  })

  test('only the first BOM is removed', () => {
    assert.deepEqual(decodeText(concat([0xef, 0xbb, 0xbf], utf8('\uFEFFtext'))), { text: '\uFEFFtext', encoding: 'utf-8' })
  })

  test('invalid UTF-8 after a UTF-8 BOM is decoded as browsers do, with U+FFFD', () => {
    assert.deepEqual(decodeText(concat([0xef, 0xbb, 0xbf], utf8('Caf'), [0xe9], utf8(' au lait, a long enough line of text'))), {
      text: 'Caf\uFFFD au lait, a long enough line of text', encoding: 'utf-8',
    })
  })
})

describe('declared encodings', () => {
  test('an HTML page in GBK declaring <meta charset="gbk"> (a charset in a comment is ignored)', () => {
    const decoded = decodeText(fixture('gbk-meta-charset.html'), { html: true })
    assert.equal(decoded.encoding, 'gbk')
    assert.equal(decoded.text, new TextDecoder().decode(fixture('gbk-meta-charset.utf-8.html')))
    assert.ok(decoded.text.includes('<title>中俄总理举行第三十次定期会晤</title>'))
  })

  test('an HTML page in windows-1251 declaring it with http-equiv after other tags', () => {
    const decoded = decodeText(fixture('windows-1251-http-equiv.html'), { html: true })
    assert.equal(decoded.encoding, 'windows-1251')
    assert.equal(decoded.text, new TextDecoder().decode(fixture('windows-1251-http-equiv.utf-8.html')))
    assert.ok(decoded.text.includes('<title>Встреча глав правительств России и Китая</title>'))
  })

  test('bytes that start with "<" are prescanned without the html option', () => {
    assert.equal(decodeText(fixture('gbk-meta-charset.html')).encoding, 'gbk')
  })

  test('the html option prescans a page that does not start with "<"', () => {
    const page = concat(utf8('Saved from the web\n'), fixture('gbk-meta-charset.html'))
    assert.equal(decodeText(page, { html: true }).encoding, 'gbk')
    // Without the prescan the declaration is not seen, and the bytes are guessed.
    assert.deepEqual({ ...decodeText(page), text: '' }, { text: '', encoding: 'gb18030', assumed: true })
  })

  test('the same pages without their declaration are recognised from their bytes, and the guess is reported', () => {
    const gbk = decodeText(replaceAscii(fixture('gbk-meta-charset.html'), '<meta charset="gbk">', ''), { html: true })
    assert.equal(gbk.text, fixtureText('gbk-meta-charset.utf-8.html').replace('<meta charset="gbk">', ''))
    assert.deepEqual([gbk.encoding, gbk.assumed], ['gb18030', true])
    const cyrillic = decodeText(replaceAscii(fixture('windows-1251-http-equiv.html'), 'charset=windows-1251', ''), { html: true })
    assert.equal(cyrillic.text, fixtureText('windows-1251-http-equiv.utf-8.html').replace('charset=windows-1251', ''))
    assert.deepEqual([cyrillic.encoding, cyrillic.assumed], ['windows-1251', true])
  })

  test('unquoted and quoted labels, in charset and in content', () => {
    const mir = [0xed, 0xc9, 0xd2] // "Мир" in KOI8-R
    assert.deepEqual(decodeText(concat(utf8('<meta charset=koi8-r><p>'), mir)), { text: '<meta charset=koi8-r><p>Мир', encoding: 'koi8-r' })
    const quoted = `<META HTTP-EQUIV='content-type' CONTENT='text/html; Charset="KOI8-R"'><p>`
    assert.deepEqual(decodeText(concat(utf8(quoted), mir)), { text: `${quoted}Мир`, encoding: 'koi8-r' })
  })

  test('http-equiv other than Content-Type does not declare', () => {
    const page = concat(utf8('<meta http-equiv="refresh" content="5; charset=koi8-r"><p>caf'), [0xe9], latin1(' crème brûlée'))
    assert.deepEqual(decodeText(page), { text: '<meta http-equiv="refresh" content="5; charset=koi8-r"><p>café crème brûlée', encoding: 'windows-1252', assumed: true })
  })

  test('an XML declaration declares the encoding', () => {
    const page = concat(utf8('<?xml version="1.0" encoding="ISO-8859-1"?>\n<html><p>Caf'), [0xe9], utf8('</p></html>'))
    assert.deepEqual(decodeText(page), { text: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<html><p>Café</p></html>', encoding: 'windows-1252' })
  })

  test('a declared UTF-16 without a BOM means UTF-8', () => {
    const page = '<meta charset="utf-16"><p>Grüße</p>'
    assert.deepEqual(decodeText(utf8(page)), { text: page, encoding: 'utf-8' })
  })

  test('an unknown label is ignored', () => {
    const page = '<meta charset="klingon"><p>Grüße</p>'
    assert.deepEqual(decodeText(utf8(page)), { text: page, encoding: 'utf-8' })
  })

  test('a declaration in the head after the first 1024 bytes is read, as browsers read it; one in the body is not', () => {
    // A news page whose <head> opens with a large inline script (with markup in its strings) and declares its charset after it.
    const script = `<script>var t = "<div>${'x'.repeat(1100)}</div>"; if (a < b) t += '<body>'</script>`
    const polish = [0x50, 0xb3, 0xf3, 0x64, 0x9f] // "Płódź" in windows-1250
    const late = concat(utf8(`<!doctype html><html><head>${script}\n<meta http-equiv="Content-Type" content="text/html; charset=Windows-1250"></head><body><p>`), polish)
    assert.deepEqual({ ...decodeText(late), text: '' }, { text: '', encoding: 'windows-1250' })
    assert.ok(decodeText(late).text.endsWith('<p>Płódź'))
    const gbk = concat(utf8(`<!-- ${'x'.repeat(1100)} -->\n<meta charset="gbk"><p>`), [0xd6, 0xd0, 0xce, 0xc4])
    assert.ok(decodeText(gbk).text.endsWith('<p>中文'))
    // Past <body> a <meta> is no declaration: the bytes are guessed, and too few to guess from.
    rejects(concat(utf8(`<head>${script}</head><body>\n<meta charset="gbk"><p>`), [0xd6, 0xd0, 0xce, 0xc4]), UNKNOWN_ENCODING_MESSAGE)
    // Bytes that are valid UTF-8 stay UTF-8 whatever a late <meta> says.
    assert.equal(decodeText(utf8(`<head>${script}<meta charset="gbk"></head><p>中文`)).encoding, 'utf-8')
  })

  test('a page re-saved as UTF-8 that still declares its old encoding reads as UTF-8, reported as assumed', () => {
    // A GBK page saved by a tool that wrote UTF-8 but kept <meta charset="gbk">.
    const resaved = decodeText(fixture('gbk-meta-charset.utf-8.html'), { html: true })
    assert.deepEqual([resaved.encoding, resaved.assumed], ['utf-8', true])
    assert.ok(resaved.text.includes('<title>中俄总理举行第三十次定期会晤</title>'))
    assert.deepEqual(decodeText(utf8('<meta charset="windows-1252"><p>é</p>')), { text: '<meta charset="windows-1252"><p>é</p>', encoding: 'utf-8', assumed: true })
    // ASCII is the same in both: the declaration stands.
    assert.deepEqual(decodeText(utf8('<meta charset="windows-1252"><p>e</p>')), { text: '<meta charset="windows-1252"><p>e</p>', encoding: 'windows-1252' })
    // An MHTML part's Content-Type is the container's word and still wins.
    assert.equal(decodeText(utf8('<p>é</p>'), { charset: 'windows-1252' }).text, '<p>Ã©</p>')
  })
})

describe('the windows-1252 fallback', () => {
  test('a Latin-1 page without a declaration reads as windows-1252', () => {
    const page = '<html><body><p>Le café de la Gare à Genève, l\'été dernier. Größe, süß, Ñandú.</p></body></html>'
    assert.deepEqual(decodeText(latin1(page), { html: true }), { text: page, encoding: 'windows-1252', assumed: true })
  })

  test('windows-1252 punctuation between 0x80 and 0x9F', () => {
    const bytes = concat(utf8('He said '), [0x93], utf8('it costs 5 '), [0x80], [0x94], utf8(' '), [0x96], utf8(' and left'), [0x85])
    assert.deepEqual(decodeText(bytes), { text: 'He said “it costs 5 €” – and left…', encoding: 'windows-1252', assumed: true })
    // Node 20 decodes these as C1 controls; they must come out as windows-1252 has them.
    const declared = concat(utf8('<meta charset="iso-8859-1"><p>'), [0x82, 0x9f, 0x92, 0x99], utf8('</p>'))
    assert.deepEqual(decodeText(declared), { text: '<meta charset="iso-8859-1"><p>‚Ÿ’™</p>', encoding: 'windows-1252' })
  })

  test('Cyrillic in windows-1251 is not taken for Western text, even with mostly ASCII around it', () => {
    const cyrillic = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0] // "Привет мир"
    rejects(concat(utf8(`${'<div class="x">'.repeat(20)}<p>`), cyrillic, utf8('</p>')), UNKNOWN_ENCODING_MESSAGE)
  })
})

describe('binary files', () => {
  const padding = utf8(' some more bytes that would be text on their own.\n'.repeat(4))
  const signatures: [string, Uint8Array, string][] = [
    ['PDF', concat(utf8('%PDF-1.7\n'), padding), 'a PDF file'],
    ['ZIP', concat(utf8('PK\x03\x04'), [0x14, 0, 0, 0], utf8('notes/readme.txt'), padding), 'a ZIP archive'],
    ['empty ZIP', concat(utf8('PK\x05\x06'), new Uint8Array(18)), 'a ZIP archive'],
    ['docx', concat(utf8('PK\x03\x04'), [0x14, 0, 6, 0], utf8('[Content_Types].xml'), padding, utf8('PK\x03\x04word/document.xml')), 'a Word document'],
    ['epub', concat(utf8('PK\x03\x04'), [0x0a, 0, 0, 0], utf8('mimetypeapplication/epub+zip'), padding), 'an EPUB book'],
    ['odt', concat(utf8('PK\x03\x04'), [0x0a, 0, 0, 0], utf8('mimetypeapplication/vnd.oasis.opendocument.text'), padding), 'an OpenDocument file'],
    ['xlsx', concat(utf8('PK\x03\x04'), [0x14, 0, 6, 0], utf8('xl/workbook.xml'), padding), 'an Excel workbook'],
    ['pptx', concat(utf8('PK\x03\x04'), [0x14, 0, 6, 0], utf8('ppt/presentation.xml'), padding), 'a PowerPoint presentation'],
    ['PNG', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], padding), 'a PNG image'],
    ['JPEG', concat([0xff, 0xd8, 0xff, 0xe0], padding), 'a JPEG image'],
    ['GIF87a', concat(utf8('GIF87a'), padding), 'a GIF image'],
    ['GIF89a', concat(utf8('GIF89a'), padding), 'a GIF image'],
    ['GZIP', concat([0x1f, 0x8b, 0x08, 0x00], padding), 'a GZIP archive'],
    ['RTF', utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello.}'), 'an RTF document'],
    ['OLE', concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], padding), 'an old-style Microsoft Office file'],
    ['ELF', concat([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], padding), 'an ELF program'],
    ['MZ', concat(utf8('MZ'), [0x90, 0x00, 0x03, 0x00], padding), 'a Windows program'],
    ['SQLite', concat(utf8('SQLite format 3\x00'), padding), 'an SQLite database'],
  ]
  for (const [name, bytes, kind] of signatures) {
    test(`${name} is named`, () => rejects(bytes, `This is ${kind}, not text, Markdown or HTML.`))
  }

  test('"MZ" at the start of real text is not a program', () => {
    assert.equal(decodeText(utf8('MZ Productions announced a new film.')).text, 'MZ Productions announced a new film.')
  })

  test('a NUL byte in 8-bit content is binary', () => {
    rejects(utf8('An ordinary line of text\x00 with a NUL in it.'), BINARY_MESSAGE)
  })

  test('a few NUL bytes in a page of markup are dropped, as a browser drops them; many are binary', () => {
    // A saved news page with a CMS's run of NULs after a banner, one byte in two thousand.
    const page = `<html><body><a href="/">Banner</a>${'\x00'.repeat(11)}<p>${'The council met on Tuesday. '.repeat(800)}</p></body></html>`
    const decoded = decodeText(utf8(page))
    assert.equal(decoded.text, page.replaceAll('\x00', ''))
    rejects(utf8(`<p>${'Some words here. '.repeat(30)}${'\x00'.repeat(2)}</p>`), BINARY_MESSAGE)
    rejects(utf8(`Plain text ${'word '.repeat(4000)}\x00 end.`), BINARY_MESSAGE)
  })

  test('more than 5 % control characters is binary; 5 % is not', () => {
    const at = (controls: number) => utf8(`${'\x01'.repeat(controls)}${'a'.repeat(100 - controls)}`)
    assert.equal(decodeText(at(5)).text.length, 100)
    rejects(at(6), BINARY_MESSAGE)
    // Tab, line feed, form feed and carriage return are text.
    assert.equal(decodeText(utf8('a\t\n\f\r'.repeat(50))).text.length, 250)
  })

  test('random bytes of 128 to 10,000 bytes are binary (300 seeds)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const bytes = randomBytes(seed, sizeFor(seed, 128, 10_000))
      assert.throws(() => decodeText(bytes), (error: unknown) => {
        assert.ok(error instanceof ImportError)
        // A random file may happen to start with a short signature such as GZIP's.
        assert.ok(error.message === BINARY_MESSAGE || /^This is .+, not text, Markdown or HTML\.$/.test(error.message), `seed ${seed}: ${error.message}`)
        return true
      }, `seed ${seed} (${bytes.length} bytes) was accepted`)
    }
  })

  test('random bytes of 64 to 10,000 bytes are always rejected, also as HTML (300 seeds)', () => {
    for (let seed = 1001; seed <= 1300; seed++) {
      const bytes = randomBytes(seed, sizeFor(seed, 64, 10_000))
      assert.throws(() => decodeText(bytes, { html: true }), ImportError, `seed ${seed} (${bytes.length} bytes) was accepted`)
    }
  })

  test('random bytes after a BOM are binary (1,000 to 10,000 bytes, 100 seeds per BOM)', () => {
    for (const bom of [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]]) {
      for (let seed = 2001; seed <= 2100; seed++) {
        rejects(concat(bom, randomBytes(seed, sizeFor(seed, 1000, 10_000))), BINARY_MESSAGE)
      }
    }
  })

  test('random bytes of 1 to 63 bytes: either rejected with an ImportError or returned as text', () => {
    // A byte or two of random data can be real text ("A", "é"): only a
    // crash or a different kind of error would be wrong here.
    let rejected = 0
    for (let seed = 3001; seed <= 4000; seed++) {
      const bytes = randomBytes(seed, 1 + (seed % 63))
      try {
        const { text } = decodeText(bytes)
        assert.ok(/\S/.test(text))
      } catch (error) {
        assert.ok(error instanceof ImportError, `seed ${seed}: ${String(error)}`)
        rejected++
      }
    }
    assert.ok(rejected > 900, `only ${rejected} of 1000 rejected`)
  })
})

describe('empty and over-size files', () => {
  test('no bytes at all', () => rejects(new Uint8Array(0), EMPTY_MESSAGE))
  test('whitespace only', () => rejects(utf8(' \n\t\r\n  \f'), EMPTY_MESSAGE))
  test('a BOM only, or a BOM and whitespace', () => {
    rejects(new Uint8Array([0xef, 0xbb, 0xbf]), EMPTY_MESSAGE)
    rejects(concat([0xff, 0xfe], utf16(' \n \u3000 ', 'le')), EMPTY_MESSAGE)
    rejects(concat([0xef, 0xbb, 0xbf], utf8('\uFEFF \n')), EMPTY_MESSAGE)
  })

  test('one byte over the 20 MB limit is refused, naming the limit', () => {
    rejects(new Uint8Array(MAX_IMPORT_BYTES + 1), 'The file is larger than the 20 MB import limit.')
  })

  test('exactly 20 MB of text is read', () => {
    const text = decodeText(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)).text
    assert.equal(text.length, MAX_IMPORT_BYTES)
  })
})
