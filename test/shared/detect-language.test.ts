import assert from 'node:assert/strict'
import { test } from 'node:test'
import { detectLanguage, directionOf } from '../../shared/text/detect-language.ts'

test('each script gives its language', () => {
  assert.equal(detectLanguage('习近平同俄罗斯总理米舒斯京举行会谈。新华社北京11月5日电'), 'zh')
  assert.equal(detectLanguage('岸田首相は記者会見で、経済対策について説明した。'), 'ja')
  assert.equal(detectLanguage('윤석열 대통령은 오늘 기자회견을 열었다.'), 'ko')
  assert.equal(detectLanguage('Председатель КНР Си Цзиньпин встретился с премьер-министром России.'), 'ru')
  assert.equal(detectLanguage('التقى الرئيس الصيني شي جين بينغ رئيس الوزراء الروسي'), 'ar')
  assert.equal(detectLanguage('ראש הממשלה נפגש היום עם נשיא סין בבייג׳ינג.'), 'he')
  assert.equal(detectLanguage('Chinese President Xi Jinping met the Russian prime minister in Beijing, Xinhua said.'), 'en')
})

test('Latin text that is not English, and text with no letters, are unknown', () => {
  assert.equal(detectLanguage('Le président chinois a rencontré le premier ministre russe à Pékin.'), '')
  assert.equal(detectLanguage('12 345 — 67.89 %'), '')
  assert.equal(detectLanguage(''), '')
})

test('the majority script wins: a Chinese article quoting English names is Chinese', () => {
  assert.equal(detectLanguage('据CNBC和Reuters报道，中俄两国总理在北京举行第二十九次定期会晤，双方签署了多项合作文件。'), 'zh')
  assert.equal(detectLanguage('Moscow (Москва) is the capital of Russia, and the city is large.'), 'en')
})

test('only the start of a long text is read', () => {
  const long = 'The talks went well, and the ministers said so. '.repeat(1000) + '中文'.repeat(100_000)
  assert.equal(detectLanguage(long), 'en')
})

test('Arabic reads right to left, the others left to right', () => {
  assert.equal(directionOf('ar'), 'rtl')
  for (const lang of ['zh', 'ja', 'ko', 'ru', 'en', ''] as const) assert.equal(directionOf(lang), 'ltr')
})

test('a declared language wins over the script; a malformed one is ignored', async () => {
  const { documentLanguage, languageTag } = await import('../../shared/text/detect-language.ts')
  assert.equal(languageTag('en_US'), 'en-US')
  assert.equal(languageTag('zh-Hant-TW, en'), 'zh-Hant-TW')
  assert.equal(languageTag('<script>'), undefined)
  assert.equal(languageTag('x'.repeat(40)), undefined)
  assert.equal(documentLanguage('fr', 'Chinese President Xi Jinping met the Russian prime minister, and said so.'), 'fr')
  assert.equal(documentLanguage('not a tag!', '习近平同俄罗斯总理米舒斯京举行会谈'), 'zh')
  assert.equal(directionOf('he-IL'), 'rtl')
  assert.equal(directionOf('fa'), 'rtl')
})
