// Page furniture that real saved pages kept in the import, and headlines
// they lost, each on a page of our own making with the same structure
// (test/fixtures/extraction; the F1 floors are in extraction-quality).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { importFile } from '../../shared/import/file.ts'
import { importHtml } from '../../shared/import/html/import.ts'
import { canonicalText, type Block } from '../../shared/model/document.ts'
import { loadPages, OWN_PAGES } from '../helpers/extraction-pages.ts'

const pages = loadPages(OWN_PAGES)
function blocksOf(name: string): Block[] {
  const page = pages.find((p) => p.name === name)
  assert.ok(page, name)
  return importFile({ name: `${name}.html`, bytes: page.source }).blocks
}
const textOf = (blocks: Block[]) => canonicalText(blocks.filter((b) => b.type !== 'title'))

test('a headline inside a header inside the story\'s container is the title; the time and "By" lines under it go', () => {
  const blocks = blocksOf('hero-header-form-wrapped')
  assert.deepEqual(blocks[0], { type: 'title', text: 'Lighthouse keeper\'s cottage to become a coastguard station' })
  const text = textOf(blocks)
  assert.ok(text.startsWith('The keeper\'s cottage at Skerry Point'), text.slice(0, 120))
  for (const chrome of ['8:15 AM', 'By Tidewater Press', 'Morning Tide', 'SUBSCRIBE', 'The county hopes']) assert.ok(!text.includes(chrome), chrome)
})

test('a headline far above the story in a page-wide <form>, named by a title said three times, is the title', () => {
  const blocks = blocksOf('distant-headline-popup-card')
  assert.equal(blocks[0]?.type, 'title')
  assert.equal(blocks[0]?.text, 'Valley governor stands by \'Water, we\'re on it\' drought campaign')
})

test('a person\'s pop-up profile card inside the lead sentence and an ADVERTISEMENT label go', () => {
  const text = textOf(blocksOf('distant-headline-popup-card'))
  assert.ok(text.startsWith('Valley Gov. Marta Olsen (D) is defending the state\'s new drought campaign'), text.slice(0, 120))
  assert.ok(!/Marta Ingrid Olsen|MORE|ADVERTISEMENT|reservoir bonds/.test(text), text)
})

test('a kicker above the headline, a video teaser, a newsletter link, "recommends" boxes and the Date/Author/Permalink list go', () => {
  const blocks = blocksOf('kicker-video-teaser-fact-list')
  assert.deepEqual(blocks[0], { type: 'title', text: 'Hamburg revisits the names of its harbour streets' })
  const text = textOf(blocks)
  assert.ok(text.includes('Shopkeepers worried') && text.endsWith('the council expects to vote on the first proposals next year.'), text)
  for (const chrome of ['Germany\n', 'Watch video', '03:41', 'harbour explained', 'newsletter', 'recommends', 'Audios and videos', 'Lena Vogt', 'Permalink', 'Print this page']) assert.ok(!text.includes(chrome), chrome)
})

test('the page\'s printed address, a "More:" list, a video embed\'s blurb, "Tags:", a credit line, "MORE POLITICS" and contact lines go; an h2 headline is the title', () => {
  const blocks = blocksOf('print-url-video-embed-contact')
  assert.deepEqual(blocks[0], { type: 'title', text: 'Ferry operators warn of winter timetable cuts' })
  const text = textOf(blocks)
  assert.ok(text.startsWith('Ferry operators on the bay said on Tuesday'), text.slice(0, 120))
  assert.ok(text.endsWith('The operators said the cuts would take effect in November unless an agreement is reached.'), text.slice(-200))
  for (const chrome of ['https://', 'More:', 'school boat', 'Ferry fees:', 'transport reporter', 'Tags', 'image credit', 'MORE POLITICS', 'may be reached', 'twitter.com']) assert.ok(!text.includes(chrome), chrome)
})

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to be read as prose by the search, with a comma, and another clause after it.</p>`
const story = (count: number, from = 1) => Array.from({ length: count }, (_, i) => para(from + i)).join('\n')

test('a sports table whose rows are named "player-…" is not a video player', () => {
  const rows = Array.from({ length: 12 }, (_, i) => `<tr class="oddrow player-2020-${i}"><td>${i + 1}</td><td>Driver ${i + 1}</td><td>${5000 - i * 7}</td></tr>`).join('')
  const text = canonicalText(importHtml(page('<title>Standings</title>', `<article><h1>Standings</h1>${story(2)}<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>${rows}</table>${story(1, 3)}</article>`)).blocks)
  assert.ok(text.includes('12 | Driver 12 | 4923'), text)
})

test('a heading with text after it stays; a page of headings alone keeps them', () => {
  const text = canonicalText(importHtml(page('<title>T</title>', `<article><h1>Headline</h1>${story(2)}<h2>What comes next</h2>${story(2, 3)}<h2>Background</h2><h3>The first vote</h3>${story(1, 5)}</article>`)).blocks)
  assert.ok(text.includes('What comes next\n\nParagraph 3') && text.includes('Background\n\nThe first vote\n\nParagraph 5'), text)
  const bare = canonicalText(importHtml(page('<title>T</title>', '<div><h2>One</h2><h2>Two</h2></div>')).blocks)
  assert.equal(bare, 'One\n\nTwo')
})

test('a story\'s own lines that look like furniture stay: "By" sentences, an address inside a sentence, a linked sentence', () => {
  const text = canonicalText(importHtml(page('<title>T</title>', `<article><h1>Headline</h1>${story(2)}
    <p>By Friday, the council had received more than two thousand letters about the plan.</p>
    <p>Details are at https://council.example/plan for anyone who wants to read them.</p>
    <p><a href="https://council.example/minutes">The minutes of the meeting</a> show that nobody voted against.</p>${story(1, 3)}</article>`)).blocks)
  for (const kept of ['By Friday, the council', 'Details are at https://council.example/plan', 'The minutes of the meeting show']) assert.ok(text.includes(kept), kept)
})

test('labels of ads and players in other words, "Click here to get the app", and a "Write to … at" line at the end go', () => {
  const text = canonicalText(importHtml(page('<title>T</title>', `<article><h1>Headline</h1>${story(2)}
    <p>Iklan</p><p>Media playback is unsupported on your device</p>${story(1, 3)}
    <p><strong>CLICK HERE TO GET THE HARBOUR NEWS APP</strong></p>${story(1, 4)}
    <p>Write to Ana Ruiz at ana.ruiz@harbour.example</p><p>Comments</p><p>You may also like:</p></article>`)).blocks)
  assert.ok(text.endsWith('Paragraph 4 of the story, long enough to be read as prose by the search, with a comma, and another clause after it.'), text)
  for (const chrome of ['Iklan', 'Media playback', 'CLICK HERE', 'Write to', 'Comments', 'also like']) assert.ok(!text.includes(chrome), chrome)
})

test('the same words inside the story\'s sentences stay', () => {
  const text = canonicalText(importHtml(page('<title>T</title>', `<article><h1>Headline</h1>${story(2)}
    <p>Comments from readers poured in after the vote, most of them angry about the cost.</p>
    <p>Click here to get a sense of the scale: the map shows every closed branch since 2015.</p>${story(1, 3)}</article>`)).blocks)
  assert.ok(text.includes('Comments from readers poured in') && text.includes('Click here to get a sense'), text)
})

test('the site\'s offers after the story go (an e-edition, an app, a channel, with no-break spaces); last sentences that begin alike stay', () => {
  const page = (tail: string) => canonicalText(importHtml(`<!doctype html><html><head><title>T</title></head><body><article><h1>Headline</h1>
    <p>The school term will open on Monday with masks required in every classroom, the ministry said in a statement, and with vaccinations offered.</p>
    <p>Parents were asked to return the consent forms by Friday, and more than a hundred had already done so, a teacher said.</p>${tail}</article></body></html>`).blocks)
  const offers = page(`<p>Subscribe now to our eNATION edition for the full story.</p>
    <p>For the latest stories and breaking news updates download the\u00a0Daily\u00a0News apps for iOS and Android.</p>
    <p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.</p>`)
  assert.ok(offers.endsWith('a teacher said.'), offers)
  const story = page(`<p>Follow-up inspections are planned for the spring, the head teacher told us.</p><p>Like many of our neighbours, she will vote in May.</p>`)
  assert.ok(story.endsWith('Follow-up inspections are planned for the spring, the head teacher told us.\n\nLike many of our neighbours, she will vote in May.'), story)
})

test('a blog entry\'s footer line goes ("This entry was posted in …", "Veröffentlicht unter …", "Kategorie: …"); a last sentence or a podcast\'s facts that begin alike stay', () => {
  const post = (tail: string) => canonicalText(importHtml(`<!doctype html><html><head><title>T</title></head><body><article><h1>Headline</h1>
    <p>The choir met again on Thursday after the summer, and the new conductor chose a programme of songs from the valley.</p>${tail}</article></body></html>`).blocks)
  for (const footer of ['This entry was posted in <a href="/c/news">News</a>. Bookmark the <a href="/p/1">permalink</a>.', 'Veröffentlicht unter <a href="/c/allgemein">Allgemein</a> |', 'Kategorie: <a href="/k/chor">Chor</a>, Konzerte', 'Publié dans <a href="/c/vie">Vie du club</a>']) {
    assert.ok(post(`<p>${footer}</p>`).endsWith('songs from the valley.'), footer)
  }
  assert.ok(post('<p>Category five storms are rare here, she said.</p>').endsWith('Category five storms are rare here, she said.'))
  assert.ok(post('<p>Veröffentlicht am 16.08.2019 Dauer: 1 Stunde 4 Minuten</p>').endsWith('Dauer: 1 Stunde 4 Minuten'))
})
