import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { anchor, anchorAll, anchorMatch, type AnchorMatch } from '../../shared/anchoring/anchor.ts'
import { CONTEXT_LENGTH, describe } from '../../shared/anchoring/describe.ts'
import { maxErrors, searchApproximate, TextIndex } from '../../shared/anchoring/match-quote.ts'
import { editDistance } from '../../shared/text/edit-distance.ts'
import { Target } from '../../shared/model/annotation.ts'
import { importText } from '../../shared/import/text.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

const sample = canonicalText(importText(readFileSync(
  fileURLToPath(new URL('../../resources/samples/xi-mishustin-2025-11-05.txt', import.meta.url)), 'utf8',
)).blocks)

function rangeOf(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from)
  assert.notEqual(start, -1, `${JSON.stringify(phrase)} is not in the text`)
  return { start, end: start + phrase.length }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

// The target describe() makes for the first occurrence of `phrase`.
function quoting(text: string, phrase: string): Target {
  const { start, end } = rangeOf(text, phrase)
  return describe(text, start, end)
}

// Whatever anchor() returns must cover exactly the quoted words, or, when
// found approximately, words within the error budget of the quote; and it
// never cuts a surrogate pair in half. anchor() agrees with anchorMatch().
function anchorChecked(text: string, target: Target) {
  const found = anchorMatch(text, target)
  const range = anchor(text, target)
  assert.deepEqual(range, found && { start: found.start, end: found.end })
  if (found) checkMatch(text, target, found)
  return range
}

function checkMatch(text: string, target: Target, found: AnchorMatch): void {
  const { exact } = target.quote
  const got = text.slice(found.start, found.end)
  if (found.method === 'approximate') {
    assert.ok(found.errors > 0 && found.errors <= maxErrors(exact.length), `approximate match with ${found.errors} errors`)
    assert.equal(editDistance(exact, got), found.errors, 'the reported error count is the edit distance')
  } else {
    assert.equal(got, exact, 'anchor returned a range whose text is not the quote')
    assert.equal(found.errors, 0)
  }
  assert.ok(!(isLow(text.charCodeAt(found.start)) && isHigh(text.charCodeAt(found.start - 1))), 'the range starts inside a surrogate pair')
  assert.ok(!(isLow(text.charCodeAt(found.end)) && isHigh(text.charCodeAt(found.end - 1))), 'the range ends inside a surrogate pair')
}

test('describe() produces a valid target with quote and context', () => {
  const { start, end } = rangeOf(sample, 'expand the pie of cooperation')
  const target = describe(sample, start, end)
  assert.deepEqual(target.position, { start, end })
  assert.equal(target.quote.exact, 'expand the pie of cooperation')
  assert.equal(target.quote.prefix, sample.slice(start - CONTEXT_LENGTH, start))
  assert.equal(target.quote.suffix, sample.slice(end, end + CONTEXT_LENGTH))
  assert.equal(target.quote.prefix.length, CONTEXT_LENGTH)
  assert.ok(Target.safeParse(target).success)
})

test('describe() clips the context at the ends of the text', () => {
  const target = describe(sample, 0, 7)
  assert.equal(target.quote.exact, 'Beijing')
  assert.equal(target.quote.prefix, '')
  const last = describe(sample, sample.length - 8, sample.length)
  assert.equal(last.quote.exact, 'economy.')
  assert.equal(last.quote.suffix, '')
})

test('describe() then anchor() round-trips on the sample, across blocks too', () => {
  const heading = rangeOf(sample, 'Deepen cooperation')
  const ranges = [
    { start: 0, end: 46 },
    rangeOf(sample, 'Xinhua News Agency reported'),
    { start: heading.start - 10, end: heading.end + 10 }, // spans blank lines
    { start: sample.length - 1, end: sample.length },
    { start: 0, end: sample.length },
  ]
  for (const { start, end } of ranges) {
    assert.deepEqual(anchorChecked(sample, describe(sample, start, end)), { start, end })
  }
})

test('anchor() uses the position when the text is unchanged, even for a repeated phrase', () => {
  // "per Xinhua" occurs several times; the stored position decides.
  const first = rangeOf(sample, 'per Xinhua')
  const third = rangeOf(sample, 'per Xinhua', rangeOf(sample, 'per Xinhua', first.end).end)
  assert.ok(third.start > first.start)
  assert.deepEqual(anchor(sample, describe(sample, third.start, third.end)), third)
  // Even with context that is no help, an exact position match wins.
  const target = describe(sample, third.start, third.end)
  assert.deepEqual(anchor(sample, { ...target, quote: { ...target.quote, prefix: '', suffix: '' } }), third)
})

test('after words are inserted before the quote, it is found at its new place', () => {
  const phrase = 'a strategic choice for both sides'
  const { start, end } = rangeOf(sample, phrase)
  const target = describe(sample, start, end)
  const edited = sample.replace('Mishustin visited China', 'Prime Minister Mishustin, who is 59, visited China')
  const shift = edited.length - sample.length
  assert.ok(shift > 0)
  assert.notEqual(edited.slice(start, end), phrase)
  assert.deepEqual(anchorChecked(edited, target), { start: start + shift, end: end + shift })
})

test('with the quote occurring twice, prefix and suffix choose the right one', () => {
  const text = 'Officials said the talks went well. Later, analysts said the talks went nowhere.'
  const second = rangeOf(text, 'the talks', rangeOf(text, 'the talks').end)
  const target = describe(text, second.start, second.end)
  // Shift everything so that the stored position points at neither occurrence.
  const edited = `BREAKING: ${text}`
  assert.deepEqual(anchorChecked(edited, target), { start: second.start + 10, end: second.end + 10 })

  // The same with the first one, and with edits between the occurrences.
  const first = rangeOf(text, 'the talks')
  const firstTarget = describe(text, first.start, first.end)
  const edited2 = `Today ${text.replace('went well.', 'went very well indeed.')}`
  assert.deepEqual(anchorChecked(edited2, firstTarget), { start: first.start + 6, end: first.end + 6 })

  // Context beats proximity: a long insertion between the two occurrences
  // leaves the stored position nearer the wrong one.
  const padding = 'went well, officials added at length, '.repeat(5)
  const edited3 = text.replace('went well.', `${padding}.`)
  const moved = rangeOf(edited3, 'analysts said the talks')
  const expected = { start: moved.start + 'analysts said '.length, end: moved.end }
  assert.ok(Math.abs(first.start - target.position.start) < Math.abs(expected.start - target.position.start), 'the test needs the hint to favour the wrong occurrence')
  assert.deepEqual(anchorChecked(edited3, target), expected)

  // The suffix alone can decide: same prefix, different suffix.
  const twin = 'He said yes to them. He said no to them.'
  const no = rangeOf(twin, 'He said', 5)
  const noTarget = describe(twin, no.start, no.end)
  assert.deepEqual(anchorChecked(`Note: ${twin}`, noTarget), { start: no.start + 6, end: no.end + 6 })
})

test('when the quoted text is altered or deleted, the annotation is an orphan (null)', () => {
  const phrase = 'calling for enhanced cooperation on multiple fronts'
  const { start, end } = rangeOf(sample, phrase)
  const target = describe(sample, start, end)
  const altered = sample.replace(phrase, 'calling for enhanced cooperation on many fronts')
  assert.equal(anchorChecked(altered, target), null)
  const deleted = sample.replace(`${phrase} `, '')
  assert.equal(anchorChecked(deleted, target), null)
  assert.equal(anchorChecked('', target), null)
  // Same length at the same place but different words: still no match.
  const sameLength = sample.replace('multiple fronts', 'MULTIPLE FRONTS')
  assert.equal(sameLength.length, sample.length)
  assert.equal(anchorChecked(sameLength, target), null)
})

test('anchor() never returns a range whose text differs from the quote beyond the error budget', () => {
  const { start, end } = rangeOf(sample, 'Wang Xiaoquan')
  const target = describe(sample, start, end)
  const edits = [
    sample.slice(0, start) + sample.slice(start + 3),
    sample.slice(0, start - 5) + sample.slice(start + 5),
    sample.replaceAll('Wang', 'Wong'),
    sample.slice(0, 100),
    'Wang Xiaoquan',
    sample.toUpperCase(),
  ]
  for (const text of edits) anchorChecked(text, target)
  assert.deepEqual(anchorChecked('Wang Xiaoquan', target), { start: 0, end: 13 })
})

test('describe() throws RangeError on out-of-range input', () => {
  const text = 'short text'
  for (const [start, end] of [[-1, 3], [0, 11], [5, 5], [6, 5], [0, 0], [1.5, 3], [0, Number.NaN], [Number.NaN, 2], [0, Infinity]] as const) {
    assert.throws(() => describe(text, start, end), RangeError, `${start}-${end}`)
  }
  assert.throws(() => describe('', 0, 1), RangeError)
  assert.doesNotThrow(() => describe(text, 0, 10))
})

test('Chinese text round-trips', () => {
  const text = '中国国家主席习近平在北京会见俄罗斯总理米舒斯京。\n\n双方同意深化在能源、互联互通、农业和航天等领域的合作。🇨🇳🇷🇺'
  const { start, end } = rangeOf(text, '深化在能源')
  const target = describe(text, start, end)
  assert.equal(target.quote.exact, '深化在能源')
  assert.deepEqual(anchorChecked(text, target), { start, end })
  const edited = `新华社报道：${text}`
  assert.deepEqual(anchorChecked(edited, target), { start: start + 6, end: end + 6 })
  // Flags are surrogate pairs; the range is counted in UTF-16 units.
  const flags = rangeOf(text, '🇨🇳🇷🇺')
  assert.equal(flags.end - flags.start, 8)
  assert.deepEqual(anchorChecked(edited, describe(text, flags.start, flags.end)), { start: flags.start + 6, end: flags.end + 6 })
})

// ---------------------------------------------------------------------------
// Edited versions of the sample. Each case quotes a phrase of the original,
// edits the text, and says what anchoring must find: the same words at
// their new place ('exact'), the altered words ({ approximate }), or
// nothing (null, an orphan).

const paragraphs = sample.split('\n\n')
const swapped = (i: number, j: number) => {
  const p = [...paragraphs]
  ;[p[i], p[j]] = [p[j]!, p[i]!]
  return p.join('\n\n')
}
const replaced = (from: string, to: string) => (text: string) => {
  assert.equal(text.split(from).length, 2, `${JSON.stringify(from)} must occur once`)
  return text.replace(from, to)
}

const Q_CHOICE = 'a strategic choice for both sides'
const Q_RELATIONS = 'maintaining, consolidating and advancing bilateral relations is a strategic choice for both sides'
const Q_COMPOSURE = 'China and Russia have steadfastly navigated a turbulent external environment with great composure'
const Q_URGED = 'Xi urged efforts to steadily expand mutual investment and enhance cooperation in traditional fields such as energy, connectivity, agriculture and aerospace'
const Q_VISIT = 'Mishustin visited China from November 3 to 4 for the 30th regular meeting between the Chinese and Russian heads of government.'
const Q_ACROSS = 'Xinhua News Agency reported.\n\nMishustin visited'

interface EditCase {
  name: string
  quote: string
  edit: (text: string) => string
  // 'exact': the quote, found once in the edited text; a string: these
  // (altered) words, found once in the edited text; null: an orphan.
  expect: 'exact' | { approximate: string } | null
}

const editCases: EditCase[] = [
  { name: 'words inserted in an earlier paragraph', quote: Q_CHOICE, edit: replaced('Mishustin visited China from', 'Mishustin, who arrived on Sunday, visited China from'), expect: 'exact' },
  { name: 'words inserted in an earlier paragraph (long quote)', quote: Q_COMPOSURE, edit: replaced('Mishustin visited China from', 'Mishustin, who arrived on Sunday, visited China from'), expect: 'exact' },
  { name: 'words inserted in the paragraph, into the prefix', quote: Q_RELATIONS, edit: replaced('He added that maintaining', 'He added in a statement that maintaining'), expect: 'exact' },
  { name: 'words inserted in the paragraph, into the suffix', quote: Q_CHOICE, edit: replaced('both sides, according to Xinhua', 'both sides, according to the Xinhua News Agency'), expect: 'exact' },
  { name: 'words inserted inside the quote', quote: Q_RELATIONS, edit: replaced('relations is a strategic', 'relations is now a strategic'), expect: { approximate: 'maintaining, consolidating and advancing bilateral relations is now a strategic choice for both sides' } },
  { name: 'words removed before the quote', quote: Q_URGED, edit: replaced(' (GLOBE NEWSWIRE)', ''), expect: 'exact' },
  { name: 'words removed inside the quote', quote: Q_COMPOSURE, edit: replaced('with great composure', 'with composure'), expect: { approximate: 'China and Russia have steadfastly navigated a turbulent external environment with composure' } },
  { name: 'one word of the quote changed', quote: Q_URGED, edit: replaced('to steadily expand', 'to gradually expand'), expect: { approximate: Q_URGED.replace('steadily', 'gradually') } },
  { name: 'one word changed and words inserted earlier', quote: Q_URGED, edit: (t) => replaced('to steadily expand', 'to gradually expand')(replaced('Beijing, China,', 'BEIJING, China (updated),')(t)), expect: { approximate: Q_URGED.replace('steadily', 'gradually') } },
  { name: 'paragraphs swapped: a quote inside one', quote: Q_VISIT, edit: () => swapped(1, 7), expect: 'exact' },
  { name: 'paragraphs swapped: a quote after both', quote: Q_CHOICE, edit: () => swapped(1, 7), expect: 'exact' },
  { name: 'paragraphs swapped: a quote across the moved boundary', quote: Q_ACROSS, edit: () => swapped(1, 7), expect: null },
  { name: 'paragraph moved and the quote in it altered', quote: Q_VISIT.slice(10, 73), edit: () => replaced('from November 3 to 4', 'from Nov. 3 to 4')(swapped(1, 7)), expect: { approximate: Q_VISIT.slice(10, 73).replace('November', 'Nov.') } },
  // An approximate match needs its context: a whole paragraph both moved and
  // altered has none left (new neighbours on both sides).
  { name: 'paragraph moved and altered, quoted whole', quote: Q_VISIT, edit: () => replaced('from November 3 to 4', 'from Nov. 3 to 4')(swapped(1, 7)), expect: null },
  { name: 'the quote rewritten', quote: Q_COMPOSURE, edit: replaced(Q_COMPOSURE, 'Russia and China have calmly handled a stormy outside world with much poise'), expect: null },
  { name: 'the quote rewritten in part (too many errors)', quote: Q_RELATIONS, edit: replaced('consolidating and advancing bilateral relations', 'strengthening ties'), expect: null },
  { name: 'the quote deleted with its paragraph', quote: Q_URGED, edit: () => paragraphs.filter((p) => !p.includes(Q_URGED)).join('\n\n'), expect: null },
  { name: 'the quote deleted, its paragraph kept', quote: Q_COMPOSURE, edit: replaced(`${Q_COMPOSURE}, `, ''), expect: null },
]

test('golden table: edited versions of the sample', () => {
  for (const c of editCases) {
    const target = quoting(sample, c.quote)
    const edited = c.edit(sample)
    assert.notEqual(edited, sample, c.name)
    const found = anchorMatch(edited, target)
    if (found) checkMatch(edited, target, found)
    if (c.expect === null) {
      assert.equal(found, null, `${c.name}: expected an orphan, got ${JSON.stringify(found && edited.slice(found.start, found.end))}`)
      continue
    }
    const words = c.expect === 'exact' ? c.quote : c.expect.approximate
    assert.equal(edited.split(words).length, 2, `${c.name}: the expected words occur once in the edited text`)
    const expected = rangeOf(edited, words)
    assert.deepEqual(found && { start: found.start, end: found.end }, expected, c.name)
    // 'position' only when the quote and its context are where they were.
    assert.equal(found!.method, c.expect !== 'exact' ? 'approximate' : edited.startsWith(target.quote.prefix + c.quote + target.quote.suffix, target.position.start - target.quote.prefix.length) ? 'position' : 'exact', c.name)
    assert.deepEqual(anchorAll(edited, [target])[0], found, `${c.name}: anchorAll agrees`)
  }
})

test('a repeated phrase that slid into the old position loses to the copy whose context fits', () => {
  const text = 'The minister said the talks went well. Reporters waited outside. Later the spokesman said the talks went well, too.'
  const phrase = 'said the talks went well'
  const first = rangeOf(text, phrase)
  const second = rangeOf(text, phrase, first.end)
  const target = describe(text, second.start, second.end)
  // Pad the start so that the first copy lands exactly on the stored position.
  const shift = second.start - first.start
  const edited = `${'Update: '.padEnd(shift, '.')}${text}`
  assert.equal(edited.slice(target.position.start, target.position.end), phrase, 'the test needs a copy at the old position')
  assert.deepEqual(anchorChecked(edited, target), { start: second.start + shift, end: second.end + shift })
  // Unchanged text: the stored position, fast.
  assert.equal(anchorMatch(text, target)!.method, 'position')
})

test('a repeated phrase of the sample: the context picks the occurrence', () => {
  // "per Xinhua" occurs three times; quote the second and edit around it.
  const first = rangeOf(sample, 'per Xinhua')
  const second = rangeOf(sample, 'per Xinhua', first.end)
  const third = rangeOf(sample, 'per Xinhua', second.end)
  for (const [which, range] of [['second', second], ['third', third]] as const) {
    const target = describe(sample, range.start, range.end)
    const edited = `LIVE UPDATES\n\n${sample.replace('Tuesday in Beijing', 'Tuesday afternoon in Beijing')}`
    const shift = edited.length - sample.length
    assert.deepEqual(anchorChecked(edited, target), { start: range.start + shift, end: range.end + shift }, which)
  }
  // The words just before the second one changed: still the second.
  const target = describe(sample, second.start, second.end)
  const edited = sample.replace('President Xi also met him in Beijing, per Xinhua', 'President Xi also met him in the capital, per Xinhua')
  const moved = rangeOf(edited, 'capital, per Xinhua')
  assert.deepEqual(anchorChecked(edited, target), { start: moved.start + 'capital, '.length, end: moved.end })
})

test('Chinese text: inserted, altered and deleted', () => {
  const text = '中国国家主席习近平在北京会见俄罗斯总理米舒斯京。\n\n双方同意深化在能源、互联互通、农业和航天等领域的合作，推动两国关系高水平发展。\n\n米舒斯京表示，俄方愿同中方一道落实两国元首达成的重要共识。'
  const quote = '双方同意深化在能源、互联互通、农业和航天等领域的合作'
  const target = quoting(text, quote)
  // Prepended dateline: exact, shifted.
  const dated = `新华社北京11月4日电 ${text}`
  assert.deepEqual(anchorChecked(dated, target), rangeOf(dated, quote))
  // One character changed inside the quote (和 -> 与): approximate.
  const altered = dated.replace('农业和航天', '农业与航天')
  assert.deepEqual(anchorChecked(altered, target), rangeOf(altered, quote.replace('和', '与')))
  assert.equal(anchorMatch(altered, target)!.method, 'approximate')
  // Half of it rewritten: an orphan.
  const rewritten = text.replace('深化在能源、互联互通、农业和航天等领域的合作', '加强经贸往来')
  assert.equal(anchorChecked(rewritten, target), null)
  // A short quote deleted: an orphan, not some other near-match.
  const short = quoting(text, '推动两国关系高水平发展')
  assert.equal(anchorChecked(text.replace('，推动两国关系高水平发展', ''), short), null)
})

test('Russian text: a word changed in the quote, then the sentence rewritten', () => {
  const text = 'Председатель КНР Си Цзиньпин встретился с премьер-министром России Михаилом Мишустиным во вторник в Пекине.\n\nСтороны договорились расширять сотрудничество в энергетике, сельском хозяйстве и космической отрасли.'
  const quote = 'Стороны договорились расширять сотрудничество в энергетике'
  const target = quoting(text, quote)
  const edited = text.replace('во вторник', 'во вторник, 4 ноября,').replace('расширять', 'расширить')
  assert.deepEqual(anchorChecked(edited, target), rangeOf(edited, 'Стороны договорились расширить сотрудничество в энергетике'))
  assert.equal(anchorMatch(edited, target)!.method, 'approximate')
  const rewritten = text.replace(quote, 'Премьеры обсудили торговлю и энергетику')
  assert.equal(anchorChecked(rewritten, target), null)
})

test('emoji: an altered quote is found, and no range cuts a surrogate pair', () => {
  const text = 'Launch day 🚀 went great 🎉🎉 and the crowd cheered 👏 loudly.\n\nNext launch 🛰️ is planned for 2026 👍.'
  const quote = 'went great 🎉🎉 and the crowd cheered 👏'
  const target = quoting(text, quote)
  const edited = text.replace('Launch day', 'Launch day (really)').replace('cheered 👏', 'cheered 🙌')
  assert.deepEqual(anchorChecked(edited, target), rangeOf(edited, 'went great 🎉🎉 and the crowd cheered 🙌'))
  // A stored range that cuts a pair (from some other tool) is widened.
  const cut = { position: { start: 12, end: 20 }, quote: { exact: text.slice(12, 20), prefix: text.slice(0, 12), suffix: text.slice(20, 52) } }
  assert.equal(text.charCodeAt(12), 0xdE80, 'the test needs a range starting on a low surrogate')
  assert.deepEqual(anchor(text, cut), { start: 11, end: 20 })

  // Random ranges and random edits over emoji-heavy text: every answer
  // passes checkMatch (quote or within budget, whole code points).
  const random = seededRandom(7)
  const pieces = ['🎉', '👏', '🇨🇳', '🇷🇺', ' ', 'go', 'team', '!', 'é', '中', '🙌🏽']
  const base = Array.from({ length: 400 }, () => pieces[Math.floor(random() * pieces.length)]!).join('')
  const codePoint = (t: string, i: number) => (i > 0 && i < t.length && isLow(t.charCodeAt(i)) && isHigh(t.charCodeAt(i - 1)) ? i - 1 : i)
  for (let n = 0; n < 300; n++) {
    const start = codePoint(base, Math.floor(random() * (base.length - 40)))
    const end = codePoint(base, start + 10 + Math.floor(random() * 30))
    if (end <= start) continue
    const target = describe(base, start, end)
    let edited = base
    for (let e = 0; e < 3; e++) {
      const at = codePoint(edited, Math.floor(random() * edited.length))
      const cutTo = codePoint(edited, Math.min(edited.length, at + Math.floor(random() * 4)))
      edited = edited.slice(0, at) + pieces[Math.floor(random() * pieces.length)]! + edited.slice(cutTo)
    }
    anchorChecked(edited, target)
  }
})

test('anchorAll() finds what anchor() finds, on the sample with edits', () => {
  const random = seededRandom(42)
  const targets: Target[] = []
  for (let n = 0; n < 300; n++) {
    const start = Math.floor(random() * (sample.length - 200))
    targets.push(describe(sample, start, start + 1 + Math.floor(random() * 150)))
  }
  const edited = sample
    .replace('Beijing, China,', 'BEIJING, China (updated 06:00 GMT),')
    .replace('Mishustin visited China from November 3 to 4 for the 30th regular meeting', 'Mishustin came to China for the 30th regular meeting')
    .replace(' with great composure', '')
    .replace('Deepen cooperation', 'Deepening cooperation')
    .replace('Telegram channel', 'Telegram channel and website')
  for (const text of [sample, edited]) {
    const all = anchorAll(text, targets)
    assert.equal(all.length, targets.length)
    targets.forEach((target, i) => {
      const one = anchorMatch(text, target)
      assert.deepEqual(all[i] && { start: all[i].start, end: all[i].end }, one && { start: one.start, end: one.end }, `target ${i}`)
      if (one) checkMatch(text, target, one)
    })
    if (text === sample) assert.ok(all.every((r, i) => r?.method === 'position' && r.start === targets[i]!.position.start))
  }
})

test('searchApproximate() agrees with the textbook dynamic programme', () => {
  const random = seededRandom(3)
  // Best edit distance of the pattern to any substring ending at each offset.
  const bestEnding = (text: string, pattern: string) => {
    let column = Array.from({ length: pattern.length + 1 }, (_, i) => i)
    const best = [column[pattern.length]!]
    for (const ch of text) {
      const next = [0]
      for (let i = 1; i <= pattern.length; i++) next.push(Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + (pattern[i - 1] === ch ? 0 : 1)))
      column = next
      best.push(column[pattern.length]!)
    }
    return best
  }
  for (let n = 0; n < 400; n++) {
    const alphabet = 'abcdefgh'.slice(0, 2 + Math.floor(random() * 6))
    const word = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    const text = word(Math.floor(random() * 300))
    const pattern = word(1 + Math.floor(random() * (n % 4 === 0 ? 150 : 40)))
    const k = Math.floor(random() * Math.min(pattern.length, 60))
    const best = bestEnding(text, pattern)
    const found = searchApproximate(text, pattern, k, 0, text.length, Infinity)
    const runs = best.slice(1).filter((d, j) => d <= k && !(best[j]! <= k && j > 0)).length
    assert.equal(found.length, runs, 'one match per run of ends within k')
    for (const f of found) {
      assert.equal(editDistance(pattern, text.slice(f.start, f.end)), f.errors)
      assert.equal(best[f.end], f.errors, 'the end is where the fewest errors are')
    }
    assert.equal(found.length ? Math.min(...found.map((f) => f.errors)) : Infinity, Math.min(...best) <= k ? Math.min(...best) : Infinity)
  }
})

test('searchApproximate() with a TextIndex finds the same best matches as a full scan', () => {
  const random = seededRandom(11)
  const vocabulary = 'the talks went well said officials of trade and energy cooperation between two countries on Tuesday'.split(' ')
  const words = (count: number) => Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ')
  const text = words(4000)
  const index = new TextIndex(text)
  let filtered = 0
  for (let n = 0; n < 150; n++) {
    const m = 24 + Math.floor(random() * 400)
    const at = Math.floor(random() * (text.length - m))
    let pattern = text.slice(at, at + m)
    for (let e = Math.floor(random() * 12); e > 0; e--) {
      const i = Math.floor(random() * pattern.length)
      pattern = random() < 0.5 ? pattern.slice(0, i) + pattern.slice(i + 1 + Math.floor(random() * 3)) : `${pattern.slice(0, i)}xyz`.slice(0, i + 1 + Math.floor(random() * 3)) + pattern.slice(i)
    }
    const k = Math.min(32, Math.floor(random() * pattern.length / 4))
    if (index.regions(pattern, k, 0, text.length)) filtered++
    const best = (found: { start: number; end: number; errors: number }[]) => {
      const least = Math.min(...found.map((f) => f.errors))
      return found.filter((f) => f.errors === least).map((f) => `${f.start}-${f.end}:${f.errors}`).sort()
    }
    assert.deepEqual(best(searchApproximate(text, pattern, k, 0, text.length, Infinity, index)), best(searchApproximate(text, pattern, k, 0, text.length, Infinity)), `case ${n}`)
  }
  assert.ok(filtered > 50, `the index filtered only ${filtered} of 150 searches`)
})

