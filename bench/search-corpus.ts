// A generated library for the search benchmarks: news-like articles from a
// fixed seed (Zipf-distributed words, outlets and officials named often,
// one article in twenty in Chinese or Russian) and their annotations
// (quotes cut from the text, a note on one in ten, sources by name).
// Same seed, same library, on every run.

import { seededRandom } from '../test/helpers/seeded-random.ts'

export interface CorpusAnnotation { start: number; end: number; quote: string; note: string; sources: string[] }
export interface CorpusDocument { id: string; title: string; text: string; annotations: CorpusAnnotation[] }

const COMMON = `the of and to in a is that for on was with as by at from it be are this said has have its were an not which
will their but they more after been who over year would also than government about into new officials other first
two people had last some could when there three week may state told such minister talks between against since
country china russia president trade foreign security meeting ministry statement military economic cooperation
according report agency news reporters sources official spokesperson visit leaders talks relations policy
support region border energy sanctions market growth development bilateral summit delegation conference`.split(/\s+/)

const NAMES = ['Xinhua', 'Global Times', 'Tass', 'CNBC', 'Reuters', 'RIA Novosti', 'Interfax', 'CGTN', 'Mishustin',
  'Xi Jinping', 'Putin', 'Wang Yi', 'Lavrov', 'Beijing', 'Moscow', 'Shanghai', 'Arctic', 'Kremlin']
const CHINESE = ['新华社', '习近平', '北京', '合作', '中俄关系', '会谈', '外交部', '发言人', '经济', '发展', '表示', '记者']
const RUSSIAN = ['Мишустин', 'встретился', 'Пекин', 'сотрудничество', 'заявил', 'министр', 'переговоры', 'Кремль', 'экономика']
const SYLLABLES = ['ka', 'to', 'ri', 'men', 'sal', 'ver', 'dan', 'lo', 'pre', 'con', 'tion', 'al', 'ex', 'por', 'im', 'ment', 'ing', 'ed', 'stra', 'lib']

// Rarer words: made of syllables, so the vocabulary is large (like news).
function vocabulary(rand: () => number, size: number): string[] {
  const words = new Set<string>()
  while (words.size < size) {
    let w = ''
    const n = 2 + Math.floor(rand() * 3)
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]
    words.add(w)
  }
  return [...words]
}

// Zipf: the k-th word is drawn with weight 1/k.
function zipf(rand: () => number, n: number): () => number {
  const cumulative = new Float64Array(n)
  let sum = 0
  for (let k = 0; k < n; k++) cumulative[k] = sum += 1 / (k + 1)
  return () => {
    const x = rand() * sum
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

export function generateCorpus(documents: number, { bytesPerDocument = 10_000, annotationsPerDocument = 100, seed = 18 } = {}): CorpusDocument[] {
  const rand = seededRandom(seed)
  const words = [...COMMON, ...vocabulary(rand, 30_000)]
  const pick = zipf(rand, words.length)
  const sentence = (language: 'en' | 'zh' | 'ru'): string => {
    if (language === 'zh') {
      let s = ''
      for (let i = 0, n = 8 + Math.floor(rand() * 10); i < n; i++) s += CHINESE[Math.floor(rand() * CHINESE.length)]
      return s + '。'
    }
    const out: string[] = []
    for (let i = 0, n = 8 + Math.floor(rand() * 20); i < n; i++) {
      if (language === 'ru') out.push(rand() < 0.5 ? RUSSIAN[Math.floor(rand() * RUSSIAN.length)]! : words[pick()]!)
      else out.push(rand() < 0.06 ? NAMES[Math.floor(rand() * NAMES.length)]! : words[pick()]!)
    }
    const s = out.join(' ')
    return s[0]!.toUpperCase() + s.slice(1) + '.'
  }
  const corpus: CorpusDocument[] = []
  for (let d = 0; d < documents; d++) {
    const language = d % 20 === 7 ? 'zh' : d % 20 === 13 ? 'ru' : 'en'
    const paragraphs: string[] = []
    let length = 0
    while (length < bytesPerDocument) {
      const p: string[] = []
      for (let i = 0, n = 3 + Math.floor(rand() * 4); i < n; i++) p.push(sentence(language))
      const text = p.join(' ')
      paragraphs.push(text)
      length += text.length + 2
    }
    const text = paragraphs.join('\n\n')
    const annotations: CorpusAnnotation[] = []
    for (let a = 0; a < annotationsPerDocument; a++) {
      const start = Math.floor(rand() * (text.length - 120))
      const end = start + 20 + Math.floor(rand() * 100)
      annotations.push({
        start, end, quote: text.slice(start, end),
        note: rand() < 0.1 ? `Compare with the ${NAMES[Math.floor(rand() * NAMES.length)]} readout; ${words[pick()]} ${words[pick()]}.` : '',
        sources: rand() < 0.6 ? [NAMES[Math.floor(rand() * 8)]!] : [],
      })
    }
    corpus.push({ id: `doc-${d.toString(36)}`, title: sentence(language).slice(0, 80), text, annotations })
  }
  return corpus
}
