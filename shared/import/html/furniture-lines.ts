// Lines of a news page's furniture that no element names, told by their
// text once the article is blocks: an "ADVERTISEMENT" label, the page's
// address printed above the story, a "By Reuters" line, a newsletter offer
// that is all one link; and at the end, the reporter's contact lines and
// a bare "Tags:". A heading left with nothing under it (its box went) goes
// too at the end (an h2 to h6; an h1 is the page's own), and so do
// headings above the title (a section's kicker).
// One pass forward and one back, so linear in the number of blocks.

import type { Block } from '../../model/document.ts'
import { isReadMoreLabel } from './read-more.ts'
import { isCreditLine } from './credits.ts'
import { appealStart, isNotice } from './furniture-notices.ts'

// In the languages of the pages we have seen: Indonesian, German, Spanish, French, Russian.
const AD_LINE = /^[\s\-–—_*•·|[\](){}<>]*(?:advertisements?|advert|advertising|ad|sponsored(?: content| links)?|iklan|anzeige|publicidad|publicité|реклама|media playback is unsupported on your device|story continues (?:below|after)(?: this)? (?:advertisement|ad)|continue reading (?:the main story|below))\s*:?[\s\-–—_*•·|[\](){}<>]*$/i
// The page's own address, printed for paper ("print-header"), not a link.
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i
// "By Reuters", "By ROBERT BURNS, AP National Security Writer".
const BYLINE = /^[Bb]y\s+(?:[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)?){1,8}$/u
const PROMO = /newsletter|sign up|subscribe/i
// "CLICK HERE TO GET THE … APP", "Click here to subscribe to …": an offer, linked or not.
const CLICK_HERE = /^click here to (?:(?:get|download) (?:the|our) .{0,40}\b(?:app|newsletter)\b|subscribe|sign up)/i
const CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:twitter|x)\.com\/\w+|(?:^|\s)@\w{2,}/i
const CONTACT_WORDS = /^write to \S|\b(?:may|can) be reached\b|\bfollow (?:him|her|them|me|us)\b|\b(?:e-?mail|contact|write to) (?:him|her|them|me|the (?:author|reporter|writer))\b/i
const LABEL_ONLY = /^(?:tags|topics|keywords|filed under|categories|category|related|more|see also|share(?: this)?|comments?|you (?:may|might) also like)\s*[:.…]*$/i
// The site's offer after the story: "Subscribe now to our e-edition for the full story",
// "Follow The Gleaner on Twitter", "Download the … app", "Únete a nuestro canal de Telegram".
const OFFER_LINE = /^(?:subscribe|sign up|download|únete|suscríbete|abonnez-vous)\b.{0,120}\b(?:our|us|newsletter|apps?|edition|nuestro|nuestra|canal)\b|^(?:follow|like|join|get|síguenos|folgen sie)\b.{0,120}\b(?:newsletter|apps?|edition|twitter|facebook|instagram|telegram|youtube|whatsapp|linkedin)\b|\b(?:for|to (?:view|read)) the full (?:story|article)\b|\balready a subscriber\b|\bdownload (?:the|our) .{0,40}\bapps?\b|\b(?:canal|channel) (?:de|on) (?:telegram|youtube|whatsapp)\b/iu
// A blog's entry footer: "This entry was posted in News. Bookmark the permalink.",
// "Veröffentlicht unter Allgemein", "Abgelegt unter: …", "Kategorie: …", "Publié dans …".
const ENTRY_META = /^(?:this (?:entry|post) was posted\b|posted in\b|filed under\b|bookmark the permalink|veröffentlicht (?:unter|in)\b|erstellt am\b.{0,80}\babgelegt unter\b|abgelegt unter\b|kategorien?\s*:|categories\s*:|category\s*:|publié dans\b|publicado en\b)/iu
const CREDIT_LINE = /^(?:main |top |lead |header )?(?:image|photo|picture)(?: credits?)?\s*:/i
// "Views: 184", "1.204 Aufrufe": how often the page was read.
const COUNTER = /^(?:(?:views?|hits|reads|visits|aufrufe|zugriffe|visitas|lecturas|vues|lectures|просмотр\p{L}*|wyświetle\p{L}*|odsłon\p{L}*|zobrazení)\s*[:：]?\s*[\d.,\u00a0 ]+|[\d.,\u00a0 ]+\s*(?:views|hits|reads|aufrufe|visitas|lecturas|vues|lectures|просмотр\p{L}*|wyświetle\p{L}*|odsłon\p{L}*))$/iu
// An embedded tweet's signature: "— Jane Doe (@jdoe) April 10, 2020".
const TWEET_SIGNATURE = /^[—–-]\s*[^()]{1,60}\(@\w{1,15}\)\s*(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/u

export function dropFurniture(blocks: Block[], title: Block | undefined): Block[] {
  const titleAt = title ? blocks.indexOf(title) : -1
  // Before the story's first real paragraph, a byline can stand alone.
  const firstProse = blocks.findIndex((b) => b.type === 'paragraph' && b.text.length >= 120)
  const kept = blocks.filter((block, i) => {
    if (i < titleAt && block.type === 'heading') return false
    if (block.type === 'quote' && block.text.length <= 160 && TWEET_SIGNATURE.test(block.text)) return false
    if (block.type !== 'paragraph') return true
    if (isFurnitureLine(block)) return false
    if (block.text.length <= 100 && (COUNTER.test(block.text) || isCreditLine(block.text))) return false
    if (block.text.length <= 160 && TWEET_SIGNATURE.test(block.text)) return false
    if (i < firstProse && block.text.length < 80 && BYLINE.test(block.text)) return false
    if (block.text.length < 120 && CLICK_HERE.test(block.text)) return false
    return !(block.text.length < 400 && PROMO.test(block.text) && isLinked(block, 0.9))
  })
  // From the end, until the story's last text: contact lines, labels and
  // credits, and headings with nothing of theirs after them (an h2 to h6
  // straight over another of its rank or higher, or over nothing). Further
  // up, a heading over an empty section stays (a wiki's "Main article" link
  // is all some sections hold).
  // The site's appeal after the story, when the story stays before it.
  const appeal = appealStart(kept.map((b) => b.text))
  if (appeal < kept.length && kept.slice(0, appeal).some((b) => b.type === 'paragraph')) kept.length = appeal
  const out: Block[] = []
  let tail = true
  let nextLevel = 0 // 0: nothing after
  for (let i = kept.length - 1; i >= 0; i--) {
    const block = kept[i]!
    if (tail && block.type === 'paragraph' && isTrailingFurniture(block.text)) continue
    if (tail && block.type === 'heading') {
      // An h1 is the page's own, not a box's heading.
      const level = block.level ?? 1
      if (level > 1 && nextLevel <= level) continue
      nextLevel = level
    } else if (block.type !== 'heading') {
      tail = false
    }
    out.push(block)
  }
  // A page of nothing but such lines keeps them: they are all it says.
  return out.some((b) => b.type !== 'title') ? out.reverse() : blocks
}

// An advertisement's label or the page's address as a line of its own.
export function isFurnitureLine(block: Block): boolean {
  return block.type === 'paragraph' && (AD_LINE.test(block.text) || (URL_LINE.test(block.text) && !isLinked(block, 0.5)))
}

function isTrailingFurniture(line: string): boolean {
  // Sites put no-break spaces between words of their stock lines.
  const text = line.replaceAll('\u00a0', ' ')
  if (LABEL_ONLY.test(text) || isReadMoreLabel(text)) return true
  if (text.length < 100 && CREDIT_LINE.test(text)) return true
  if (isNotice(text)) return true
  if (text.length > 200) return false
  if (OFFER_LINE.test(text) || ENTRY_META.test(text)) return true
  const address = CONTACT.exec(text)
  return !!address && (address[0].trim().length >= text.length - 2 || CONTACT_WORDS.test(text))
}

// Whether links cover at least `share` of the block's text.
function isLinked(block: Block, share: number): boolean {
  let linked = 0
  for (const mark of block.marks ?? []) if (mark.type === 'link') linked += mark.to - mark.from
  return linked >= block.text.length * share
}
