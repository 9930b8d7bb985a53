// News-like articles from a seed: a dateline, paragraphs of attributed
// statements ("..., Xinhua reported", "According to Tass, ..."), a heading or
// two, names and places drawn with a skew so that some words are common and
// most are rare, as in a real archive. The sentences' offsets are kept so
// that annotations can be placed on whole claims.

import type { ArticleDocument, Block } from '../../shared/model/document.ts'
import { BLOCK_SEPARATOR } from '../../shared/model/document.ts'

export type Random = () => number

const PEOPLE = [
  'Xi Jinping', 'Mikhail Mishustin', 'Wang Yi', 'Sergei Lavrov', 'Li Qiang', 'Maria Zakharova', 'Mao Ning', 'Dmitry Peskov',
  'Antony Blinken', 'Ursula von der Leyen', 'Narendra Modi', 'Recep Tayyip Erdogan', 'Wang Xiaoquan', 'Anna Petrova',
  'Chen Wei', 'Olga Sokolova', 'James Carter', 'Fatima Al-Sayed', 'Kenji Watanabe', 'Lucia Fernandez',
]
const ROLES = [
  'the foreign ministry spokesperson', 'a senior researcher at the Chinese Academy of Social Sciences', 'the prime minister',
  'a deputy energy minister', 'an economist at a Moscow bank', 'the head of the customs service', 'a trade negotiator',
  'a professor of international relations', 'the ambassador', 'a spokesperson for the port authority',
]
const PLACES = [
  'Beijing', 'Moscow', 'Shanghai', 'Vladivostok', 'Harbin', 'Kazan', 'Astana', 'Brussels', 'Washington', 'New Delhi',
  'Ankara', 'Tokyo', 'Murmansk', 'Urumqi', 'Novosibirsk', 'Shenzhen', 'Tianjin', 'Irkutsk', 'Geneva', 'Singapore',
]
const OUTLETS = ['Xinhua', 'Tass', 'the Global Times', 'CNBC', 'RIA Novosti', 'the People\'s Daily', 'Interfax', 'Reuters']
const PUBLISHERS = ['Xinhua', 'Tass', 'Global Times', 'CNBC', 'Reuters', 'South China Morning Post', 'The Moscow Times', 'Nikkei Asia']
const TOPICS = [
  'energy cooperation', 'the northern sea route', 'grain exports', 'a new gas pipeline', 'settlements in national currencies',
  'the digital economy', 'cross-border payments', 'rare earth supplies', 'a joint lunar station', 'tariffs on electric vehicles',
  'the Arctic shipping season', 'nuclear power plants', 'fertiliser prices', 'tourism across the border', 'semiconductor controls',
  'the free trade zone', 'a bridge over the Amur', 'satellite navigation', 'wheat harvests', 'freight rail corridors',
]
const VERBS = [
  'will deepen', 'agreed to expand', 'pledged to review', 'called for progress on', 'signed an agreement on', 'warned against delays in',
  'welcomed the outcome of talks on', 'reaffirmed support for', 'announced new measures on', 'criticised western sanctions over',
]
const ADJECTIVES = [
  'practical', 'mutually beneficial', 'strategic', 'long-term', 'unprecedented', 'pragmatic', 'steady', 'comprehensive', 'resilient', 'substantive',
]
const FILLERS = [
  'Trade between the two countries reached a record last year, according to customs data.',
  'Officials did not give a timetable for the next round of talks.',
  'The ministry did not respond to a request for comment.',
  'Analysts said the figures were hard to verify independently.',
  'The statement was published on the ministry\'s website late on Tuesday.',
  'Shipping volumes on the route have more than doubled since 2020.',
  'Both sides described the meeting as frank and constructive.',
  'Markets in the region closed slightly higher after the announcement.',
]
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']

// Early items far more often than late ones (roughly Zipf), so that search
// finds some words everywhere and others in a few documents.
function skewed<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * rand() * rand())]!
}
function any<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * rand())]!
}

// A rare token per document, so that narrow searches have few answers.
function codeName(rand: Random): string {
  const letters = 'bcdfghklmnprstvz'
  let out = ''
  for (let i = 0; i < 6; i++) out += letters[Math.floor(rand() * letters.length)]! + 'aeiou'[Math.floor(rand() * 5)]!
  return out[0]!.toUpperCase() + out.slice(1)
}

function sentence(rand: Random, rare: string): string {
  const who = skewed(rand, PEOPLE)
  const what = `${any(rand, VERBS)} ${any(rand, ADJECTIVES)} ${skewed(rand, TOPICS)}`
  switch (Math.floor(rand() * 6)) {
    case 0: return `${who}, ${any(rand, ROLES)}, said the two countries ${what}, ${skewed(rand, OUTLETS)} reported.`
    case 1: return `According to ${skewed(rand, OUTLETS)}, officials in ${skewed(rand, PLACES)} ${what} by the end of the year.`
    case 2: return `"We ${what} and expect results soon," ${who} told reporters in ${skewed(rand, PLACES)}.`
    case 3: return `${skewed(rand, OUTLETS)} quoted ${who} as saying that the ${rare} project ${what}.`
    case 4: return any(rand, FILLERS)
    default: return `The talks in ${skewed(rand, PLACES)} focused on ${skewed(rand, TOPICS)} and ${skewed(rand, TOPICS)}.`
  }
}

export interface GeneratedArticle {
  document: ArticleDocument
  text: string // the canonical text
  // [start, end) of each sentence in the canonical text.
  sentences: Array<[number, number]>
}

// An article of about `bytes` characters of text.
export function generateArticle(id: string, bytes: number, rand: Random): GeneratedArticle {
  const place = skewed(rand, PLACES).toUpperCase()
  const publisher = any(rand, PUBLISHERS)
  const rare = codeName(rand)
  const month = Math.floor(rand() * 12)
  const day = 1 + Math.floor(rand() * 28)
  const title = `${skewed(rand, PEOPLE)} ${any(rand, ['discusses', 'backs', 'questions', 'promotes'])} ${skewed(rand, TOPICS)} in ${skewed(rand, PLACES)}`
  const blocks: Block[] = []
  const sentences: Array<[number, number]> = []
  let length = 0
  const add = (block: Block, parts: string[] = []): void => {
    if (blocks.length > 0) length += BLOCK_SEPARATOR.length
    let at = length + (block.text.length - parts.join(' ').length)
    for (const part of parts) {
      sentences.push([at, at + part.length])
      at += part.length + 1
    }
    blocks.push(block)
    length += block.text.length
  }
  const dateline = `${place}, ${MONTHS[month]} ${day} (${publisher}) -- `
  while (length < bytes) {
    if (blocks.length > 0 && blocks.length % 12 === 0) {
      add({ type: 'heading', level: 2, text: `${any(rand, ADJECTIVES)} ${skewed(rand, TOPICS)}`.replace(/^./, (c) => c.toUpperCase()) })
      continue
    }
    const parts = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand, rare))
    const body = parts.join(' ')
    if (blocks.length === 0) add({ type: 'paragraph', text: dateline + body, marks: [{ type: 'dateline', from: 0, to: dateline.length - 4 }] }, parts)
    else add({ type: 'paragraph', text: body }, parts)
  }
  const document: ArticleDocument = {
    id,
    meta: {
      title, publisher, author: skewed(rand, PEOPLE), language: 'en',
      published: `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      url: `https://news.example.org/${id}`,
    },
    blocks,
  }
  return { document, text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), sentences }
}
