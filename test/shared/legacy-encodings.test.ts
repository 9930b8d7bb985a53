// Text and web pages saved in a legacy encoding without saying so: the
// encoding is recognised from the bytes, and the import says which one it
// assumed. The files are made here from real-looking text with the
// decoders' own tables (helpers/legacy-encode.ts).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decodeText, UNKNOWN_ENCODING_MESSAGE } from '../../shared/import/decode-text.ts'
import { importFileReport } from '../../shared/import/file.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { encodeLegacy } from '../helpers/legacy-encode.ts'

const RUSSIAN = [
  'Правительство России в четверг утвердило план развития Северного морского пути до 2035 года.',
  'По словам вице-премьера, грузопоток по маршруту должен вырасти в несколько раз, а новые ледоколы позволят обеспечить круглогодичную навигацию.',
  '"Это стратегический проект для всей страны", - заявил он журналистам в Мурманске.',
]
const SIMPLIFIED = [
  '新华社北京11月5日电 国家主席习近平4日在北京人民大会堂会见来华举行中俄总理第三十次定期会晤的俄罗斯总理米舒斯京。',
  '习近平指出，今年以来，中俄双方以高度战略定力应对外部环境变化，推动两国关系朝着更高水平、更高质量方向发展。',
]
const TRADITIONAL = [
  '中央社台北11月5日電 行政院今天通過新年度離岸風電計畫，預計在2030年前完成五座風場的建設。',
  '經濟部表示，計畫完成後，每年可提供約三百萬戶家庭使用的電力，並帶動在地產業發展。',
]
const JAPANESE = [
  '政府は５日の閣議で、北極海航路の利用拡大に向けた新たな方針を決定した。',
  'ロシアとの協力については慎重な姿勢を維持しつつ、日本の海運会社が安全に航行できる環境づくりを進める。',
  '関係者によると、年内にも具体的な計画を取りまとめる見通しだ。',
]

const CASES: [encoding: string, named: string, paragraphs: string[], expected: string][] = [
  ['windows-1251', 'windows-1251 (Cyrillic)', RUSSIAN, 'windows-1251'],
  ['koi8-r', 'KOI8-R (Russian)', RUSSIAN, 'koi8-r'],
  ['gbk', 'GBK (simplified Chinese)', SIMPLIFIED, 'gb18030'],
  ['big5', 'Big5 (traditional Chinese)', TRADITIONAL, 'big5'],
  ['shift_jis', 'Shift_JIS (Japanese)', JAPANESE, 'shift_jis'],
]

for (const [encoding, named, paragraphs, detected] of CASES) {
  test(`a ${encoding} text file without a declaration is read as ${named}`, () => {
    const text = `${paragraphs.join('\n\n')}\n`
    const bytes = encodeLegacy(text, encoding)
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)) // not UTF-8, or the test proves nothing
    assert.deepEqual(decodeText(bytes), { text, encoding: detected, assumed: true })
    const report = importFileReport({ name: 'article.txt', bytes })
    assert.equal(report.assumedEncoding, named)
    assert.equal(canonicalText(report.draft.blocks.filter((b) => b.type !== 'title')).includes(paragraphs.at(-1)!), true)
  })

  test(`a ${encoding} web page without a <meta charset> is read as ${named}`, () => {
    const html = `<!DOCTYPE html><html><head><title>${paragraphs[0]!.slice(0, 12)}</title></head><body><article><h1>${paragraphs[0]!.slice(0, 12)}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const report = importFileReport({ name: 'page.html', bytes: encodeLegacy(html, encoding) })
    assert.equal(report.assumedEncoding, named)
    assert.deepEqual(report.draft.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text), paragraphs)
  })
}

test('UTF-8 and declared encodings are not reported as assumed', () => {
  assert.equal(importFileReport({ name: 'a.txt', bytes: new TextEncoder().encode(RUSSIAN.join('\n\n')) }).assumedEncoding, undefined)
  const declared = encodeLegacy(`<meta charset="koi8-r"><p>${RUSSIAN[0]}</p>`, 'koi8-r')
  assert.equal(importFileReport({ name: 'a.html', bytes: declared }).assumedEncoding, undefined)
})

test('bytes no detector is confident about are still refused with the save-as-UTF-8 message, and nothing is guessed', () => {
  // Printable bytes in no language's pattern: no controls, so not binary either.
  const noise = Uint8Array.from({ length: 300 }, (_, i) => (i % 2 ? 0x80 + ((i * 7919 + 13) % 128) : 0x61 + (i % 26)))
  assert.throws(() => importFileReport({ name: 'a.txt', bytes: noise }), (e: unknown) => e instanceof ImportError && e.message === UNKNOWN_ENCODING_MESSAGE)
})
