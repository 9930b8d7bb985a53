// The suggestions as the reader sees them: each placed attribution with its
// spans in the text as written, its confidence, and its sources named once
// for the whole article (numbered unnamed groups, office holders, a home
// ministry, an outlet's full or short name), matched against the library.
// Split from suggest.ts.

import type { Article } from './article.ts'
import type { Placed } from './reach.ts'
import type { RegistrySource } from './registry.ts'
import { SourceIndex } from './registry.ts'
import type { ShortMastheads } from './short-mastheads.ts'
import type { Span, Suggestion } from './suggest.ts'
import { spokeToPress } from './press-venues.ts'
import { memberName } from './anonymous-phrase.ts'
import { PUBLIC_BODY } from './org-forms.ts'
import { fullerAnonymous } from './fuller-groups.ts'
import { officialIssuers } from './issuers.ts'
import { countedInCue, officeHolders } from './office-holders.ts'
import { homeMinistries } from './home-ministries.ts'
import { headlineDocuments } from './headline-documents.ts'
import { headlineRoles } from './headline-roles.ts'
import { sharedNames } from './shared-names.ts'
import { withoutHonorifics } from './honorifics.ts'
import { contentSpan } from './content-span.ts'
import { groupSpeaks } from './anonymity-cues.ts'
import { OutletAliases } from './outlet-aliases.ts'
import { namedLater } from './unnamed-outlets.ts'
import { nameForms, speakerOfWords } from './name-form.ts'
import { documentIssuers } from './document-issuers.ts'
import { textAuthors } from './text-authors.ts'
import { bodyGroups } from './body-groups.ts'
import { definiteGroups } from './definite-groups.ts'
import { legalForms } from './legal-forms.ts'
import { eventGroups } from './event-groups.ts'
import { fullestNames } from './fullest-names.ts'
import { titlePlaces } from './title-places.ts'
import { fullestBodies } from './fullest-bodies.ts'
import { roleHolders } from './role-holders.ts'
import { headlineCaps } from './headline-caps.ts'
import { possessiveFirms } from './possessive-firms.ts'
import { outletForms } from './outlet-forms.ts'
import { renumberAnonymous } from './anonymous-renumber.ts'
import { kindBodies } from './kind-bodies.ts'
import { MentionGraph } from './mention-graph.ts'
import { applyGraph } from './apply-graph.ts'
import { documentInitials } from './document-initials.ts'
import { describedBodies } from './described-bodies.ts'
import { articleMentions } from './graph-mentions.ts'
import { ownVias } from './own-vias.ts'
import { outletRoles } from './outlet-roles.ts'
import { ledeRelays } from './lede-relays.ts'
import { spokeAtEvent } from './spoken-events.ts'
import { bareOutlets } from './outlet-countries.ts'
import { knownOutlet } from './outlets.ts'
import { groupForm } from './group-forms.ts'
import { articleForms } from './written-forms.ts'
import { gluedTitles } from './glued-titles.ts'
import { stateBodyNames } from './state-initials.ts'
import { mediaGroups } from './media-groups.ts'
import { stateFigures } from './state-figures.ts'
import { PersonRoles } from './person-roles.ts'
import { bareNouns } from './bare-nouns.ts'
import { headlineDescriptions } from './headline-descriptions.ts'
import { headlineLedes } from './headline-ledes.ts'
import { fullerForms } from './fuller-forms.ts'
import { letterInitials } from './letter-initials.ts'
import { namedForces } from './named-forces.ts'
import { personTails } from './person-tails.ts'
import { ownedDocuments } from './owned-documents.ts'
import { personFromBody } from './person-from-body.ts'
import { isRoleName, roleDescriptions } from './role-descriptions.ts'

export function nameSuggestions(article: Article, found: (Placed | null)[], mastheads: ShortMastheads, registry: readonly RegistrySource[] | undefined): Suggestion[] {
  const { original, text, tokens, sentences, publisher, discourse, named, kinds } = article
  // (Unnamed groups in their conventional form before any is matched with another: group-forms.ts.)
  // (The numbering of "an official ... another official" first, discourse.ts, which the form keeps.)
  const numbered = (n: string) => discourse.renamed.get(n) ?? n
  const forms = articleForms(text, (n) => discourse.canonical(n).name)
  const placed = found.map((p) => {
    if (p?.attribution.kind !== 'anonymous') return p
    const a = p.attribution
    const source = groupSpeaks(text, a.main) ? a.source : numbered(a.source)
    return { ...p, attribution: groupForm({ ...a, source, otherSources: a.otherSources.map(numbered) }, cueWithPlace(text, a.main), forms), was: source }
  })
  // ("An oil trader in Tokyo said ... he added": a pronoun's sentence takes the name the cue that named the source gave it.)
  const formed = new Map<string, string>()
  for (const p of placed) if (p && 'was' in p && p.attribution.source !== p.was && !formed.has(p.was)) formed.set(p.was, p.attribution.source)
  // (Not a cue that names its own: "said one dealer" after "one dealer at a German bank" may be another.)
  const namesOwn = (p: { was: string; attribution: { main: { start: number; end: number } } }) =>
    text.slice(p.attribution.main.start, p.attribution.main.end).toLowerCase().includes(p.was.replace(/ \((?:anonymous|unnamed)\)$/, '').split(' ').at(-1)!.toLowerCase())
  for (const p of placed) if (p && 'was' in p && p.attribution.source === p.was && formed.has(p.was) && !namesOwn(p)) p.attribution = { ...p.attribution, source: formed.get(p.was)! }
  // (Unnamed groups named beside another source count too: "..., a rise that Chinese analysts said ...".)
  const unnamed = (p: (typeof placed)[number]) => [...(p?.attribution.kind === 'anonymous' ? [p.attribution.source] : []), ...(p?.attribution.otherSources.filter(isUnnamed) ?? [])]
  const fuller = fullerAnonymous(placed.flatMap((p, at) => unnamed(p).map((n) => ({ name: discourse.renamed.get(n) ?? n, at }))), (at) => at === 0 || sentences[at]!.heading)
  const issued = officialIssuers(placed.map((p, i) => (p ? { source: p.attribution.source, kind: p.attribution.kind, para: sentences[i]!.para } : null)))
  // A group numbered once a separate source appears ("A second official") stays the group where the words are the group's.
  // ("the Finance Ministry said" under a Moscow dateline: the Russian one, home-ministries.ts.)
  const ministry = homeMinistries(text, discourse.country, placed.flatMap((p) => (p ? [p.attribution.source] : [])), publisher.name)
  // ("Austria's interior minister said": the holder the article names with that title, office-holders.ts.)
  const holder = officeHolders(named.flat().flatMap((n) => { const c = discourse.canonical(n.name); return c.kind === 'person' && n.titles.length ? [{ name: c.name, titles: n.titles }] : [] }))
  const renamed = (name: string, group = false) => { const n = group ? name : discourse.renamed.get(name) ?? name; const m = issued.get(n) ?? fuller.get(n) ?? n; return ministry(mastheads.name(isUnnamed(m) ? memberName(m, (b) => PUBLIC_BODY.test(b)) : m)) }
  const index = new SourceIndex(registry ?? [])
  const outlets = new OutletAliases(text)
  const out: Suggestion[] = []
  const sentenceOf: number[] = []
  placed.forEach((p, i) => {
    if (!p) return
    sentenceOf.push(i)
    const s = sentences[i]!
    const a = p.attribution
    const content = p.contentIn === 'same' ? contentSpan(text, tokens, s, a) : { start: s.start, end: s.end }
    const cues = a.cues.map((c) => span(original, c.start, c.end))
    const confidence = p.contentIn === 'same' ? a.confidence : Math.round(a.confidence * (p.contentIn === 'quote' ? 0.95 : 0.75) * 100) / 100
    // ("the Times said" after "the New York Times reported": the article's full name for its outlets.)
    const outletName = (n: string) => mastheads.name(outlets.fold(n, a.main.start))
    const named = a.kind === 'outlet' ? outletName(a.source) : renamed(a.source, groupSpeaks(text, a.main))
    const held = a.kind === 'anonymous' && !countedInCue(text.slice(a.main.start, a.main.end), named) ? holder(named) : null
    // ("Cherie Blair remarks (anonymous)": the words' speaker, name-form.ts.)
    const words = held ? null : speakerOfWords(named)
    const spoke = words && discourse.canonical(words).name
    const source = held ?? spoke ?? named
    const via = a.via && outletName(a.via)
    out.push({
      content: span(original, content.start, content.end), cue: span(original, a.main.start, a.main.end), cues,
      source, sourceKind: held ? 'person' : kinds.of(source, spoke ? 'person' : a.kind), via, venue: a.venue && outletName(a.venue), confidence, contentIn: p.contentIn,
      otherSources: a.otherSources.map((n) => renamed(n)), sourceId: index.match(source), viaId: via ? index.match(via) : null,
    })
  })
  // ("a Japanese daily paper reported ... The Sankei Shimbun quoted Sumita": the paper described, then named.)
  const later = namedLater(out)
  if (later.size) for (const s of out) { s.via = s.via && (later.get(s.via) ?? s.via); if (s.sourceKind === 'outlet') s.source = later.get(s.source) ?? s.source }
  nameForms(out, text, (n) => index.match(n), (caps) => forms.written(caps))
  documentIssuers(out, text, (n) => index.match(n))
  headlineDocuments(out, text, (n) => index.match(n))
  bodyGroups(out, text, (n) => index.match(n))
  kindBodies(out, text, (n) => index.match(n))
  definiteGroups(out, (n) => index.match(n))
  eventGroups(out, text, (n) => index.match(n))
  fullestNames(out, text, (n) => index.match(n))
  fullestBodies(out, text, (n) => index.match(n))
  roleHolders(out, text, (n) => index.match(n))
  headlineCaps(out, text, (n) => index.match(n))
  headlineRoles(out, text, (n) => index.match(n))
  possessiveFirms(out, text, discourse.possessives, (n) => index.match(n))
  // (Every mention the engine recognised, clustered once: the names the suggestions carry are the clusters' names.)
  const written = named.flat()
  const mentioned = written.map((n) => discourse.canonical(n.name))
  const mentions = articleMentions(out, mentioned, text, discourse.acronyms)
  applyGraph(out, new MentionGraph(mentions), (n) => index.match(n))
  // ("Vincent Bagiire" beside "Bagiire Vincent Waiswa", "AI report" beside "Amnesty International": fuller-forms.ts.)
  fullerForms(out, mentions.people, mentions.bodies, (n) => index.match(n))
  // ("AIG Karachi Police Javed Alam Odho", "Brig Athlenda Mathe": the name after the titles, person-tails.ts.)
  personTails(out, (n) => index.match(n), new Set(written.filter((n, k) => mentioned[k]!.kind === 'person').map((n) => n.name)),
    mentioned.slice(0, 512))
  // ("according to the police": the one force the article names, named-forces.ts.)
  namedForces(out, written.flatMap((n, k) => (mentioned[k]!.kind === 'organisation' ? [mentioned[k]!.name] : [])), (n) => index.match(n))
  // ("Professor X from Y University's School of Business said": the person, person-from-body.ts.)
  personFromBody(out, text, (n) => { const c = discourse.canonical(n); return c.kind === 'person' ? c.name : null }, (n) => index.match(n))
  // ("the ministry's 2025 white paper": the ministry the article names, owned-documents.ts.)
  ownedDocuments(out, text, written.flatMap((n, k) => (mentioned[k]!.kind === 'organisation' ? [{ written: n.name, name: mentioned[k]!.name }] : [])), (n) => index.match(n))
  // ("The IEA report": the issuer spelt out as the graph spells the body, document-initials.ts.)
  documentInitials(out, discourse.acronyms, (n) => index.match(n))
  // ("Germany's domestic intelligence agency" beside "Germany's Federal Office for ... (BfV)": described-bodies.ts.)
  describedBodies(out, text, [...discourse.acronyms.values(), ...mentions.bodies], (n) => index.match(n))
  // ("Deputy Commissioner Mastung Athar Abbas Raja": the district is no part of the name, title-places.ts.)
  titlePlaces(out, text, (n) => index.match(n))
  // ("AS Sahney": a given name's capital initials, read as a body's, letter-initials.ts.)
  letterInitials(out, text, (n) => index.match(n))
  // ("The LSK boss further said": the one person the article names with that role, role-descriptions.ts.)
  const people = [...mentioned.filter((c) => c.kind === 'person').map((c) => c.name), ...out.filter((s) => s.sourceKind === 'person').map((s) => s.source)]
  const roles = new PersonRoles(text, [...new Set(people)].filter((n) => n.includes(' ') && !isRoleName(n)))
  roleDescriptions(out, text, roles, (n) => index.match(n))
  // (After the graph, which spells out initials the article defines: an outlet keeps its short name.)
  outletForms(out, text, (n) => index.match(n))
  // ("U.S. Undersecretary of State ... Allen Wallis": the person the article knows by the surname, glued-titles.ts.)
  gluedTitles(out, (n) => { const c = discourse.canonical(n); return c.kind === 'person' && c.name !== n ? c.name : null }, (n) => index.match(n))
  // ("Texaco Inc": a company in the form the text first gives in full, legal-forms.ts.)
  legalForms(out, text, (n) => index.match(n))
  // ("The authors projected": the issuer of the text cited before, text-authors.ts.)
  textAuthors(out, text, (n) => index.match(n))
  renumberAnonymous(out, (n) => index.match(n))
  ownVias(out, publisher)
  // ("newspaper says" in a Reuters story: the paper the story names below, never the writer, outlet-roles.ts.)
  outletRoles(out, publisher, (n) => index.match(n))
  withoutHonorifics(out, (n) => index.match(n))
  sharedNames(out, text, (n) => index.match(n))
  bareOutlets(out, (n) => knownOutlet(n) !== undefined, (n) => index.match(n))
  // ("the Foreign Ministry of the DPRK": `DPRK Foreign Ministry`, as the conventions name it, state-initials.ts.)
  stateBodyNames(out, (n) => index.match(n))
  ledeRelays(out, { sentence: (k) => sentenceOf[k]!, para: (i) => sentences[i]!.para, heading: (i) => sentences[i]!.heading,
    toPress: (i) => spokeToPress(text.slice(sentences[i]!.start, sentences[i]!.end)) || spokeAtEvent(text.slice(sentences[i]!.start, sentences[i]!.end)), length: (i) => sentences[i]!.end - sentences[i]!.start }, publisher, (n) => index.match(n))
  // ("state media reported": `state media (unnamed)`, as every label of the read sets writes unnamed media, media-groups.ts.)
  mediaGroups(out, (n) => index.match(n))
  // ("Customs figures show that China imported": `Chinese customs figures`, state-figures.ts.)
  stateFigures(out, text, discourse.country, (n) => index.match(n))
  // ("LSK calls out police IG" over a lede the LSK says: the lede's speaker, headline-ledes.ts.)
  const lines = { count: sentences.length, heading: (i: number) => sentences[i]!.heading === true, para: (i: number) => sentences[i]!.para, span: (i: number) => sentences[i]! }
  // ("..., says Karachi police chief" over "AIG Karachi Police Javed Alam Odho said": headline-descriptions.ts.)
  headlineDescriptions(out, sentenceOf, lines, (role) => [...roles.people()].filter((p) => roles.of(p).has(role)).length, (n) => index.match(n))
  headlineLedes(out, sentenceOf, original, lines, discourse.acronyms)
  // ("The regional bank announced" in a story on New York Community Bancorp: the body the bare noun stands for, bare-nouns.ts.)
  const inHeadline = named.flatMap((ns, i) => ns.map(() => i < 3 && sentences[i]!.heading === true))
  const title = sentences[0]?.heading ? text.slice(sentences[0].start, sentences[0].end) : ''
  bareNouns(out, mentioned.map((c, k) => ({ name: c.name, kind: c.kind, headline: inHeadline[k]! })), title, (n) => index.match(n))
  return out
}

// ("..., said one oil trader in Tokyo.": the place closing an inverted cue belongs to the one it names, group-forms.ts.)
const CLOSING_PLACE = /^ in \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?(?=[.,;]|$)/u
function cueWithPlace(text: string, cue: { start: number; end: number }): string {
  const place = CLOSING_PLACE.exec(text.slice(cue.end, cue.end + 40))
  return text.slice(cue.start, cue.end) + (place ? place[0] : '')
}

const isUnnamed = (name: string) => /\((?:anonymous|unnamed)\)$/.test(name)

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end }
}
