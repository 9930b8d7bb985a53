// Rules of the main-content search that are easier to see on a small page
// than in the F1 of a saved one (test/shared/extraction-quality.test.ts).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { importHtml } from '../../shared/import/html/import.ts'
import { canonicalText } from '../../shared/model/document.ts'

const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to be read as prose by the search, with a comma, and another clause after it.</p>`
const story = (count: number, from = 1) => Array.from({ length: count }, (_, i) => para(from + i)).join('\n')
const body = (html: string) => canonicalText(importHtml(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`).blocks)

test('text only screen readers get is left out', () => {
  const text = body(`<article><h1>Headline</h1>${story(3)}<p><span class="visually-hidden">Advertisement</span></p><span class="sr-only">Skip to comments</span>${story(2, 4)}</article>`)
  assert.ok(text.includes('Paragraph 5 of the story'))
  assert.ok(!text.includes('Advertisement') && !text.includes('Skip to comments'), text)
})

test('a video\'s caption goes with the video; a picture\'s caption stays', () => {
  const text = body(`<article><h1>Headline</h1>${story(2)}
    <figure><iframe src="https://player.example/v/1"></iframe><figcaption>The minister speaking on Monday (video)</figcaption></figure>
    <figure><img src="a.jpg" alt=""><figcaption>The bridge at dawn</figcaption></figure>${story(2, 3)}</article>`)
  assert.ok(text.includes('The bridge at dawn'), text)
  assert.ok(!text.includes('The minister speaking'), text)
})

test('boxes between chunks of a story that share a class are left out; a wrapped heading between them stays', () => {
  const text = body(`<div class="page"><h1>Headline</h1>
    <div class="c-7x1">${story(3)}</div>
    <div class="c-ad9"><p>Get our daily briefing in your inbox every morning, free of charge.</p><a href="/newsletters">Sign up</a></div>
    <div class="c-h2w"><h2>What happens next</h2></div>
    <div class="c-7x1">${story(3, 4)}</div>
    <div class="c-pr3"><p>A version of this article appears in print on page 18.</p></div>
    <div class="c-7x1">${story(2, 7)}</div></div>`)
  assert.ok(text.includes('Paragraph 8 of the story') && text.includes('What happens next'), text)
  assert.ok(!text.includes('daily briefing') && !text.includes('appears in print'), text)
})

test('a list of links to other sites inside the story stays; a list of the site\'s own stories goes', () => {
  const link = (href: string, label: string) => `<li><a href="${href}">${label}</a></li>`
  const text = body(`<link rel="canonical" href="https://news.example/a/1"><article><h1>Headline</h1>${story(3)}
    <ul>${link('https://bugs.example/1', 'Bug 1 – the first problem we fixed this month')}${link('https://bugs.example/2', 'Bug 2 – the second problem we fixed this month')}${link('https://papers.example/3', 'A paper about the third problem and its fix')}</ul>
    ${story(2, 4)}
    <ul>${link('https://news.example/b/2', 'Another story from this site about something')}${link('https://www.news.example/c/3', 'A third story from this site about more things')}${link('/d/4', 'A fourth story from this site, linked relatively')}</ul></article>`)
  assert.ok(text.includes('Bug 2 – the second problem'), text)
  assert.ok(!text.includes('Another story from this site'), text)
})

test('beside the headline, the lead picture\'s caption stays; kicker, standfirst, byline and date go', () => {
  const text = body(`<article><header><div class="kicker"><a href="/travel">Travel</a></div><h1>Headline</h1>
    <p class="excerpt">An island of 180 people and a crossing that decides who stays.</p>
    <div class="meta"><a href="/author/n" class="author">Niamh Carroll</a> <time datetime="2025-06-20">Jun 20, 2025</time> <span>5 min read</span></div>
    <figure><img src="a.jpg" alt=""><figcaption>The ferry at the pier, June 2025.</figcaption></figure></header>${story(4)}</article>`)
  assert.ok(text.startsWith('Headline\n\nThe ferry at the pier, June 2025.\n\nParagraph 1'), text)
  assert.ok(!/Travel|Niamh|Jun 20|min read|An island/.test(text), text)
})

test('a standfirst right after the headline goes, unnamed too; a story\'s first paragraph there stays', () => {
  const unnamed = body(`<div><h1 class="css-1g">Headline</h1><p class="css-h1">The council voted to ease zoning rules for empty towers.</p><div class="css-b">${story(4)}</div></div>`)
  assert.ok(unnamed.startsWith('Headline\n\nParagraph 1'), unnamed)
  const blog = body(`<div class="post"><h1>Headline</h1><p class="intro">The first paragraph, short.</p>${story(4)}</div>`)
  assert.ok(blog.startsWith('Headline\n\nThe first paragraph, short.'), blog)
  // A page of a headline and one short line: the line is all the story there is.
  assert.equal(body('<article><h1>Hi</h1><p>Some text of the article.</p></article>'), 'Hi\n\nSome text of the article.')
})

test('the headline is the h1 the page\'s title names; an h1 inside the story is one of its headings', () => {
  const draft = importHtml(`<!doctype html><html><head><title>What I learned moving forty services | by P. Raman | Medium</title></head><body>
    <div><div><h1>What I learned moving forty services</h1></div><div><a href="/@p">P. Raman</a></div></div>
    <section>${story(2)}<h1>Why one cluster</h1>${story(3, 3)}</section></body></html>`)
  assert.deepEqual(draft.blocks.filter((b) => b.type !== 'paragraph').map((b) => [b.type, b.text]), [['title', 'What I learned moving forty services'], ['heading', 'Why one cluster']])
})

test('two <br>s end a paragraph; a "Related articles:" line of links between them goes', () => {
  const sentence = (n: number) => `Sentence ${n} of a story kept as loose text, with a comma, in a div of breaks.`
  const draft = importHtml(`<!doctype html><html><head><title>T</title></head><body><div class="article_right">
    ${sentence(1)}<br /><br />${sentence(2)}<br><br><strong>RELATED ARTICLES:</strong><br /><a href="/a">A story the site ran last week about rail</a><br /><a href="/b">Another one about trains</a><br /><br />${sentence(3)}<br />${sentence(4)}</div></body></html>`)
  assert.deepEqual(draft.blocks.map((b) => b.text), [sentence(1), sentence(2), `${sentence(3)} ${sentence(4)}`])
})

test('cards of other stories (a linked headline and its summary) after the story go', () => {
  const card = (n: number) => `<li><a href="/more/${n}"><h3>Another story number ${n} from the site</h3></a><p>Its summary, a sentence long enough to look like prose, with a comma, and more words in it.</p></li>`
  const text = body(`<main><article><h1>Headline</h1>${story(5)}</article><section class="more__3Lx4d"><h2>Read Next</h2><ul>${card(1)}${card(2)}</ul></section></main>`)
  assert.ok(text.includes('Paragraph 5 of the story'), text)
  assert.ok(!/Read Next|Another story|Its summary/.test(text), text)
})

test('hidden text of hashed class names and share buttons made of links are left out', () => {
  const text = body(`<article><h1>Headline</h1><figure><img src="a.jpg" alt=""><figcaption><span class="ssrcss-1if1g9v-VisuallyHidden">Image caption, </span>The harbour at dawn</figcaption></figure>
    ${story(3)}<p class="button-wrapper"><a class="button primary" href="https://x.example/p/1?action=share"><span>Share</span></a></p>${story(2, 4)}</article>`)
  assert.ok(text.includes('The harbour at dawn') && text.includes('Paragraph 5 of the story'), text)
  assert.ok(!/Image caption|Share/.test(text), text)
})

test('a front page made of story cards is still imported, as a list of stories the user is told about', () => {
  const card = (n: number) => `<div class="card"><a href="/s/${n}"><h3>Story number ${n} on the front page today</h3></a><p>The summary of story ${n}, a sentence or so, with a comma, and a few more words.</p></div>`
  const draft = importHtml(`<!doctype html><html><head><title>Front page</title></head><body><main>${Array.from({ length: 10 }, (_, i) => card(i + 1)).join('')}</main></body></html>`)
  assert.ok(canonicalText(draft.blocks).includes('The summary of story 5'))
  assert.match(draft.unsure ?? '', /list of stories/)
})

test('a box headed like site chrome goes even when its class names say nothing ("Join the conversation", "Trending")', () => {
  const comment = (who: string) => `<div class="css-ct14"><div class="css-cn15"><span>${who}</span><span>2 hours ago</span></div><p class="css-cx">A reader's comment long enough to vote as a paragraph, with a comma, and a second clause to make it so.</p><div><button>Reply</button></div></div>`
  const text = body(`<div class="css-mn"><h1>Headline</h1><div class="css-bd">${story(5)}
    <section class="css-s2"><h2>Comments from residents</h2><p>Residents who spoke at the meeting were divided, with a comma, and the chair cut several of them short.</p></section></div>
    <section class="css-cm11"><h2 class="css-sh">Join the conversation</h2><p>Comments are moderated.</p>${comment('busrider')}${comment('M. Ortega')}</section>
    <div class="css-rl"><h2 class="css-sh">Trending</h2><ol><li><a href="/1">Council to vote on parking</a></li><li><a href="/2">Storm warning</a></li></ol></div></div>`)
  assert.ok(text.includes('Paragraph 5 of the story') && text.includes('Residents who spoke'), text)
  assert.ok(!/conversation|moderated|busrider|reader's comment|Trending|Council to vote/.test(text), text)
})

test('a post\'s own header (its time and heading) inside a live blog stays', () => {
  const post = (n: number) => `<article class="block"><header><a href="#b${n}"><time>0${n}.47 GMT</time></a><h2>Update number ${n}</h2></header>${story(2, n * 2)}<footer><a href="https://facebook.example/share">Share</a></footer></article>`
  const text = body(`<main><h1>Summit live</h1><div id="liveblog-body">${post(1)}${post(2)}${post(3)}</div></main>`)
  assert.ok(text.includes('01.47 GMT\n\nUpdate number 1\n\nParagraph 2') && text.includes('Update number 3'), text)
  assert.ok(!text.includes('Share'), text)
})

test('a list of key points above the story joins it; a list of links there does not', () => {
  const text = body(`<main><h1>Budget day live</h1><div class="key-points"><h2>Key points</h2><ul><li>Income tax thresholds frozen for two more years</li><li>Fuel duty cut extended until next September</li></ul></div>
    <div class="topics"><ul><li><a href="/t/budget">Budget</a></li><li><a href="/t/tax">Tax</a></li><li><a href="/t/economy">The economy</a></li></ul></div>
    <div class="liveblog-body">${story(6)}</div></main>`)
  assert.ok(text.includes('Key points\n\nIncome tax thresholds frozen') && text.includes('Paragraph 6'), text)
  assert.ok(!text.includes('The economy'), text)
})

test('boxes between chunks go also when the headline lifts the root above them; a captioned picture there stays', () => {
  const text = body(`<article><header><h1>Headline</h1><div class="css-79e"><figure><img src="a.jpg" alt=""><figcaption>Volunteers stock shelves.</figcaption></figure></div></header>
    <section class="body"><div class="css-s99">${story(3)}</div>
    <div class="css-1xz"><div data-testid="newsletter-promo"><p>Get our business newsletter, sent to your inbox every weekday morning.</p></div></div>
    <div class="css-s99">${story(3, 4)}</div>
    <div class="css-im1"><img src="b.jpg" alt=""><div class="css-cap">Shoppers at the mall in November.</div></div>
    <div class="css-vid InlineVideo-container"><img src="v.jpg" alt=""><span>Watch: what analysts expect this season</span></div>
    <div class="css-s99">${story(2, 7)}</div></section></article>`)
  assert.ok(text.includes('Volunteers stock shelves.') && text.includes('Shoppers at the mall') && text.includes('Paragraph 8'), text)
  assert.ok(!/newsletter|Watch: what analysts/.test(text), text)
})

test('a story whose own sections are named like chrome ("gallery--paragraph-section", "Section--Ads") is kept; a real gallery beside a story still goes', () => {
  const section = (n: number) => `<div id="section-${n}" class="gallery--paragraph-section">${para(n)}${para(n + 10)}</div>`
  const text = body(`<main><article class="post"><div class="gallery--paragraph"><h1 class="gallery--page-title">Headline</h1>
    ${section(1)}${section(2)}${section(3)}</div></article></main>`)
  assert.ok(text.includes('Paragraph 1 of the story') && text.includes('Paragraph 13 of the story'), text)
  const report = body(`<div class="TestReport"><h1>Headline</h1>
    <section class="TestReport__Section TestReport__Section--Ads">${story(2)}</section>
    <section class="TestReport__Section TestReport__Section--Ads">${story(2, 3)}</section></div>`)
  assert.ok(report.includes('Paragraph 1 of the story') && report.includes('Paragraph 4 of the story'), report)
  const beside = body(`<article><h1>Headline</h1>${story(4)}<div class="gallery"><p>A long caption of the first photo in the gallery, with a comma, and more words after it.</p></div></article>`)
  assert.ok(beside.includes('Paragraph 4 of the story') && !beside.includes('caption of the first photo'), beside)
})

test('a story split into several <article>s around an ad is read whole; a teaser <article> in the aside is not', () => {
  const text = body(`<nav><a href="/">Home</a></nav><main><h1>Headline</h1><article>${story(2)}</article><div class="ad">Advertisement</div>
    <article>${story(2, 3)}</article><article>${para(5)}</article></main>
    <aside><article><h3><a href="/other">Other story</a></h3><p>A teaser of another story on the site.</p></article></aside>`)
  assert.ok(text.includes('Paragraph 1 of the story') && text.includes('Paragraph 5 of the story'), text)
  assert.ok(!text.includes('Advertisement') && !text.includes('Other story') && !text.includes('A teaser'), text)
})
