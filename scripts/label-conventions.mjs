// Applies the lead's label conventions (test/fixtures/attribution/README.md,
// "Label conventions") to every labelled set in test/fixtures/attribution.
// Idempotent: run it again and nothing changes. Usage:
//   node scripts/label-conventions.mjs
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../test/fixtures/attribution/', import.meta.url).pathname

// Colon headlines ("Novak: OPEC+ will ...") are attributed to the named speaker, cue "Novak:".
const colonHeadlines = new Map([
  ['Novak: OPEC+ will keep output steady through summer', 'Alexander Novak'],
  ["Lavrov: Russia ready for strategic stability talks with US if Washington drops 'hostile line'", 'Sergey Lavrov'],
])

// An unnamed spokesperson of a named body is anonymous, named after the body.
const spokespeople = new Map([
  ['A spokesperson said the EU remained', 'European Commission spokesperson (anonymous)'],
  ['A Toyota spokesperson declined to comment', 'Toyota spokesperson (anonymous)'],
])

// Document names the text supports: issuer + the document noun as written.
const documents = new Map([
  ['according to a paper seen by dpa', 'coalition paper'],
  ['according to LSEG data', 'LSEG data'],
  ["according to the CME Group's FedWatch tool", "CME Group's FedWatch tool"],
  ['according to a flash estimate from Eurostat', 'Eurostat flash estimate'],
  ['Data from the China Semiconductor Industry Association showed', 'China Semiconductor Industry Association data'],
  ['According to United Nations figures', 'United Nations figures'],
  ['according to trade statistics released by the Ministry of Finance', 'Japanese Ministry of Finance trade statistics'],
])

// A state's ministry named by its country's possessive takes the country's adjective ("Russia's foreign ministry" -> "Russian foreign ministry").
const stateBodies = new Map([
  ["Ukraine's agriculture ministry", 'Ukrainian agriculture ministry'],
  ["Kazakhstan's energy ministry", 'Kazakh energy ministry'],
])

// A ministry named without its country in a story its own country's outlet writes from home keeps the name as written
// (Interfax from Moscow: "the Finance Ministry"); a foreign wire's dispatch takes the dateline's country.
const homeOutletMinistries = new Map([
  ['Meanwhile, RIA Novosti, citing the press service of the Energy Ministry', ['Russian Energy Ministry', 'Energy Ministry']],
  ['The ministry said that repairs at several plants damaged in drone attacks', ['Russian Energy Ministry', 'Energy Ministry']],
  ['The Finance Ministry said earlier this week that oil and gas revenues', ['Russian Finance Ministry', 'Finance Ministry']],
])

// Anonymous names drop counts and articles ("three officials" -> "officials").
const COUNT = /^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+) (?=.*\((?:anonymous|unnamed)\)$)/i

// How the writer reached an unnamed group is no part of its name ("economists polled by Reuters" -> "economists");
// what the group is or knows stays ("people familiar with the matter").
const REPORTING = / (?:(?:polled|surveyed|canvassed|sampled|interviewed|questioned|contacted|consulted|reached) by .+|(?:in|for) an? (?:[\p{L}.'’-]+ ){0,3}(?:poll|survey)(?: .+)?)(?= \((?:anonymous|unnamed)\)$)/u

// An unnamed official at a body with a proper name is that body's official, the words before the noun kept before
// the body ("senior official at the Agriculture Ministry" -> "senior Agriculture Ministry official"). A body named
// by a demonym ("source at the Turkish foreign ministry") keeps its long form, as every set labels it.
const AT_BODY = /^((?:\p{Ll}[\p{Ll}-]* ){0,2})(officials?|sources?|spokes(?:man|woman|person)|diplomats?|delegates?) (?:at|in|from) (?:an? |the )?(\p{Lu}[\p{L}.+-]*(?: (?:of|and|for|&|the|\p{Lu}[\p{L}.+-]*))*) (\((?:anonymous|unnamed)\))$/u
const DEMONYM_START = /^(?:American|British|Chinese|Japanese|Russian|Turkish|Greek|French|German|Ukrainian|Indian|Iranian|Iraqi|Korean|South|North|U\.S\.|US|UK|EU|European)\b/

function apply(label) {
  const speaker = colonHeadlines.get(label.sentence)
  if (speaker) {
    Object.assign(label, { attributed: true, source: speaker, cue: `${speaker.split(' ').at(-1)}:`, speaker_kind: 'person', content_in: 'same' })
  }
  for (const [words, name] of spokespeople) {
    if (label.attributed && label.sentence.startsWith(words)) Object.assign(label, { source: name, speaker_kind: 'anonymous' })
  }
  for (const [words, name] of documents) {
    if (label.attributed && label.speaker_kind === 'document' && label.sentence.includes(words)) label.source = name
  }
  if (label.attributed && label.source) label.source = label.source.replace(COUNT, '').replace(REPORTING, '')
  const atBody = label.attributed && label.source ? AT_BODY.exec(label.source) : null
  if (atBody && !DEMONYM_START.test(atBody[3])) label.source = `${atBody[1]}${atBody[3]} ${atBody[2]} ${atBody[4]}`
  if (label.attributed && stateBodies.has(label.source)) label.source = stateBodies.get(label.source)
  for (const [words, [from, to]] of homeOutletMinistries) {
    if (label.attributed && label.source === from && label.sentence.startsWith(words)) label.source = to
  }
  return label
}

const dirs = [root, ...readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).map((d) => join(root, d))]
let changed = 0
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.labels.json'))) {
    const path = join(dir, file)
    const before = readFileSync(path, 'utf8')
    const labels = JSON.parse(before).map(apply)
    const after = JSON.stringify(labels, null, 1) + (before.endsWith('\n') ? '\n' : '')
    if (after !== before) { writeFileSync(path, after); changed++; console.log(`relabelled ${path.slice(root.length)}`) }
  }
}
console.log(`${changed} files changed`)
