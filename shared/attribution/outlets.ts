// Known news outlets and the canonical name each goes by (GUIDE decision 4:
// "Xinhua News Agency" is Xinhua, "Tass" is TASS, "Russia Today" is RT),
// plus the name shapes that make an unknown name an outlet.

import { withoutCountry } from './outlet-countries.ts'
import { fold } from './fold.ts'
import { DEMONYMS } from './lexicon.ts'
import { memo } from './memo.ts'
import { MORE_OUTLETS } from './outlet-names.ts'

const KNOWN: readonly (readonly string[])[] = [
  ['Xinhua', 'Xinhua News Agency', 'Xinhua news agency', 'Xinhuanet', 'New China News Agency', 'NCNA'],
  ['TASS', 'Tass', 'TASS news agency', 'Tass news agency', 'ITAR-TASS'],
  ['RIA Novosti', 'RIA', 'RIA-Novosti'], ['Interfax', 'Interfax agency', 'Interfax news agency'],
  ['Reuters', 'Reuters News', 'Thomson Reuters', 'Reuter', 'REUTER'], ['AP', 'Associated Press', 'The Associated Press'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'], ['Bloomberg', 'Bloomberg News'],
  ['CNBC'], ['CNN'], ['BBC', 'BBC News', 'British Broadcasting Corporation', 'British Broadcasting Corp'], ['NHK'], ['Kyodo', 'Kyodo News', 'Kyodo News Agency', 'Kyodo News Service'], ['Yonhap', 'Yonhap News Agency'],
  ['Global Times'], ['China Daily'], ["People's Daily", "People's Daily Online"], ['CGTN', 'China Global Television Network'], ['CCTV', 'China Central Television'], ['CNR', 'China National Radio'],
  ['RT', 'Russia Today'], ['Sputnik', 'Sputnik News'], ['Kommersant'], ['Izvestia'], ['Vedomosti'], ['RBC'],
  // (A masthead of several words after "The" goes without it, as wire copy writes "the New York Times" and every
  // label of the read sets names it; a one-word masthead keeps it: "The Times", "The Oregonian".)
  ['New York Times', 'The New York Times', 'NYT', 'NY Times', 'N.Y. Times'], ['Washington Post', 'The Washington Post'],
  ['Wall Street Journal', 'The Wall Street Journal', 'WSJ'], ['Financial Times', 'FT', 'The Financial Times'],
  ['The Guardian', 'Guardian'], ['The Economist', 'Economist'], ['Nikkei', 'Nikkei Asia'],
  ['South China Morning Post', 'SCMP'], ['Al Jazeera'], ['Politico'], ['Axios'], ['Dow Jones', 'Dow Jones Newswires'],
  ['Fox News'], ['NBC News', 'NBC'], ['ABC News', 'ABC'], ['CBS News', 'CBS'], ['Sky News'], ['Deutsche Welle', 'DW'],
  ['Le Monde'], ['Der Spiegel', 'Spiegel'], ['Caixin'], ['The Paper'], ['Yicai'], ['Anadolu', 'Anadolu Agency'],
  ['Ukrinform'], ['Kyiv Independent', 'The Kyiv Independent'], ['Meduza'], ['Novaya Gazeta'], ['The Times'],
  ['The Telegraph', 'Telegraph'], ['The Independent'], ['Sydney Morning Herald', 'The Sydney Morning Herald'],
  ['The Hill'], ['Newsweek'], ['Time'], ['Forbes'], ['Business Insider'], ['Yahoo Finance'], ['MarketWatch'],
  ['Semafor'], ['Vox'], ['NPR'], ['VOA', 'Voice of America'], ['PBS'], ['ANI'], ['PTI', 'Press Trust of India'], ['IRNA', 'Islamic Republic News Agency'], ['Tasnim'],
  ['WAM'], ['SPA', 'Saudi Press Agency'], ['Bernama'], ['Antara'], ['ANSA'], ['EFE'], ['dpa', 'DPA', 'German Press Agency', 'Deutsche Presse-Agentur'], ['Xinhua Finance'],
  ['GLOBE NEWSWIRE', 'GlobeNewswire'], ['PR Newswire'], ['Business Wire'],
  // State and national agencies wire stories relay, and the mastheads they quote most.
  ['KCNA', 'Korean Central News Agency'], ['Rodong Sinmun'], ['Pravda'], ['Komsomolskaya Pravda'], ['Ming Pao'], ['SANA', 'Syrian Arab News Agency'], ['WAFA'], ['MENA'], ['KUNA', 'Kuwait News Agency'], ['QNA'],
  ['Vietnam News Agency', 'VNA'], ['PAP', 'Polish Press Agency'], ['BelTA'], ['Kazinform'], ['Fars', 'Fars news agency'], ['Mehr'], ['ISNA'],
  ['Press TV'], ['Al Arabiya'], ['Al Mayadeen'], ['Al-Manar', 'Al Manar'], ['Jiji Press', 'Jiji'], ['Asahi Shimbun', 'The Asahi Shimbun', 'Asahi'],
  ['Yomiuri Shimbun', 'The Yomiuri Shimbun', 'Yomiuri'], ['Mainichi Shimbun', 'Mainichi'], ['Korea Herald', 'The Korea Herald'],
  ['Chosun Ilbo'], ['JoongAng Ilbo'], ['Straits Times', 'The Straits Times'], ['Haaretz'], ['Times of Israel', 'The Times of Israel'],
  ['Jerusalem Post', 'The Jerusalem Post'], ['Ynet'], ['UNIAN'], ['Interfax-Ukraine'], ['Bild'], ['ARD'], ['ZDF'], ['Handelsblatt'],
  ['Frankfurter Allgemeine Zeitung', 'FAZ'], ['Sueddeutsche Zeitung', 'Süddeutsche Zeitung'], ['Le Figaro'], ['El Pais', 'El País'],
  ['Corriere della Sera'], ['La Repubblica'], ['Euronews'], ['Hurriyet', 'Hürriyet'], ['Daily Sabah'], ['TRT'], ['Arab News'],
  ['MSNBC'], ['USA Today'], ['Los Angeles Times', 'LA Times', 'The Los Angeles Times'], ['Chicago Tribune', 'The Chicago Tribune'],
  ['Boston Globe', 'The Boston Globe'], ['The Atlantic'], ['The New Yorker'], ['HuffPost', 'Huffington Post', 'The Huffington Post'],
  ['BuzzFeed News', 'BuzzFeed'], ['Mashable'], ['TMZ'], ['Daily Mail', 'The Daily Mail'], ['Channel 4 News'], ['ITV News', 'ITV'],
  ['France 24'], ['NDTV'], ['The Oregonian', 'Oregonian'], ['Deadline'], ['Variety'], ['TechCrunch'], ['The Verge'], ['Wired'],
  // Entertainment and magazine mastheads the read sets quote ("the Wrap reports", "told Rolling Stone").
  ['TheWrap', 'The Wrap', 'Wrap'], ['Teen Vogue'], ['Vogue'], ['Rolling Stone'], ['E! News', 'E! Online'], ['Billboard'],
  ['The Hollywood Reporter', 'Hollywood Reporter'], ['The Daily Beast', 'Daily Beast'], ['Breitbart News', 'Breitbart'],
  ['Washington Examiner', 'The Washington Examiner'], ['Page Six'], ['Us Weekly'], ['Entertainment Weekly'],
  // Sports, business, tech and regional desks (outlet-names.ts).
  ...MORE_OUTLETS,
]

const canonicalByFold = new Map<string, string>()
for (const names of KNOWN) for (const name of names) canonicalByFold.set(fold(name), names[0]!)
// A masthead that runs words together ("Channel NewsAsia", "MarketWatch") is written with them apart too
// ("Channel News Asia reported"): such names keyed without their spaces, for a name of two words or more.
const joinedByFold = new Map<string, string>()
for (const names of KNOWN) for (const name of names) if (/\p{Ll}\p{Lu}/u.test(name)) joinedByFold.set(fold(name).replace(/ /g, ''), names[0]!)
const apart = (name: string) => (/\s\p{Lu}/u.test(name) ? joinedByFold.get(fold(name).replace(/ /g, '')) : undefined)
// Names as listed: "Guardian" is listed bare, "Hill" only as "The Hill".
const listed = new Set(KNOWN.flat().map((name) => name.toLowerCase()))

// Name endings that mark an outlet; "Agency" only after "News"/"Press".
const OUTLET_ENDINGS = /\b(?:news agency|press agency|news service|news|times|post|daily|journal|shimbun|ilbo|zeitung|gazeta|herald|gazette|tribune|telegraph|tv|television|radio|broadcasting|newswire|wire|chronicle|observer|today|magazine|weekly|review|monitor|insider|express|examiner|mirror|courier|standard|sun|star|mail|media|media group)$/

// The names an outlet is written under: "AP" is also "The Associated Press".
export function namesOf(name: string): readonly string[] {
  const canonical = knownOutlet(name)
  return (canonical && KNOWN.find((n) => n[0] === canonical)) || [name]
}

// How a story describes an agency around its name: "the official IRNA news agency", "state-run Yonhap news agency",
// "Al Jazeera TV" (the listed network with its medium after it).
const DESCRIBED = /^(?:the\s+)?(?:(?:official|semi-official|state|state-run|state-owned|state-controlled|government-run|government)\s+)+(.+)$/i
const KINDS_AFTER = [/\s+news\s+agency$/i, /\s+(?:agency|daily|newspaper|broadcaster|channel|television|tv)$/i]

export const knownOutlet = memo((name: string): string | undefined => {
  const found = canonicalByFold.get(fold(name)) ?? canonicalByFold.get(fold(name.replace(/^the\s+/i, ''))) ?? apart(name)
  if (found) return bareMasthead(name, found) ? undefined : found
  // ("the official IRNA news agency" is IRNA; a bare one-word masthead stays unknown: "the Hill daily".)
  const bare = DESCRIBED.exec(name)?.[1] ?? name
  for (const written of [bare, ...KINDS_AFTER.map((kind) => bare.replace(kind, ''))]) {
    const described = written !== name ? canonicalByFold.get(fold(written)) : undefined
    if (described && !bareMasthead(written, described)) return described
  }
  // ("the Daily Mail of Britain", "Britain's Daily Telegraph": the outlet with its country glued on.)
  const local = withoutCountry(name, (n) => listedWhole(n) !== undefined)
  const whole = local ? listedWhole(local) : undefined
  return local && whole && !bareMasthead(local, whole) ? whole : undefined
})

const listedWhole = (name: string): string | undefined => canonicalByFold.get(fold(name)) ?? canonicalByFold.get(fold(name.replace(/^the\s+/i, '')))

// A one-word name that is a masthead only with its "The" ("Hill", "Times"):
// without it, as often a person's surname ("Hill said" is Fiona Hill).
function bareMasthead(name: string, canonical: string): boolean {
  const written = name.trim()
  return canonical.startsWith('The ') && !/\s/.test(written) && !listed.has(written.toLowerCase())
}

const EDITION = /^(?:the\s+)?(\p{Lu}.*?) (?:am|della|dello) \p{Lu}[\p{L}-]*$/u

export const looksLikeOutlet = memo((name: string): boolean => {
  if (knownOutlet(name)) return true
  const local = withoutCountry(name, (n) => knownOutlet(n) !== undefined)
  if (local) return looksLikeOutlet(local)
  const folded = fold(name)
  // A capitalised multi-word name ending like a masthead: "Moscow Times".
  // ("NBC 4 New York", "BBC Radio 4": a network's local station or service.)
  if (/^(?:nbc|abc|cbs|fox|cnn|bbc|sky|cbc|nhk|kbs) \S/.test(folded)) return true
  // ("Bild am Sonntag", "Welt am Sonntag": a known masthead's own edition, named after its particle.)
  const edition = EDITION.exec(name)
  if (edition && knownOutlet(edition[1]!)) return true
  // ("Channel News Asia", "Baltic News Today": a masthead with "News" inside it, before the region or medium it serves.)
  return /\s/.test(folded) && (OUTLET_ENDINGS.test(folded) || NEWS_INSIDE.test(name)) && !/\b(?:ministry|department|party|bank|corp|corporation|council|committee|union|association)\b/.test(folded)
})
const NEWS_INSIDE = /^\p{Lu}\S* (?:\p{Lu}\S* )?News \p{Lu}\S*$/u

// A name shaped like an outlet that names one masthead ("Funke media group", "NBC 4 New York"), not
// a country's broadcasting at large ("Ukrainian television", "Russian state media"): some capitalised word
// in it is neither a demonym nor a generic word.
export function namesMasthead(name: string): boolean {
  return looksLikeOutlet(name) && name.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !DEMONYMS.has(w.toLowerCase()) && !/^(?:State|US|U\.S\.|UK|EU)$/.test(w))
}

// The distributor tag on press releases, never a source (GUIDE decision 2).
export function isDistributor(name: string): boolean {
  return /^(?:globe newswire|globenewswire|pr newswire|business wire)$/.test(fold(name))
}
