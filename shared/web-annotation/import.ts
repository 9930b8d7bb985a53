// W3C Web Annotation JSON (and the Hypothesis client's JSON export) -> annotations
// re-anchored on one document's canonical text. The inverse of
// export.ts: export, then import onto the same text, gives
// the same annotations back (kind, sources, note, target, ids, times).
//
// Accepted input: an AnnotationCollection (items in first.items, or in
// items), an AnnotationPage, a single Annotation, an array of annotations,
// or the Hypothesis client's export ({ annotations: [...] } of Hypothesis API
// annotations). Anything else is rejected with an Error saying what is
// wrong. Inside a valid container, an annotation that cannot be used (bad
// shape, no quoted text) is skipped into `orphans` with a reason, as is one
// whose quote anchoring cannot find in the text.
//
// Mapping:
//   kind     W3C: motivation "classifying" -> claim; any other (highlighting,
//            commenting, ...) -> highlight. Hypothesis has no motivation: an
//            annotation is a claim when at least one of its tags names a
//            known source, otherwise a highlight (a bare highlight, or a
//            highlight with a note).
//   sources  W3C bodies with purpose "tagging", Hypothesis tags. A body id
//            urn:sourcemark:source:<id> naming a known source wins; else the
//            value is matched against source names and aliases, trimmed and
//            case-insensitively. A tag that matches no source is NOT turned
//            into a source id: it is left out of `sources` and reported once
//            in `unknownSources` (first spelling seen, de-duplicated
//            case-insensitively), for the caller to offer
//            creating sources.
//   via      tagging bodies with the id urn:sourcemark:via:<id> (as the
//            export writes relays), or whose value (or Hypothesis tag) is
//            "via <name>": matched as sources are, into `via`.
//   note     W3C: TextualBody values with purpose "commenting" (or no
//            purpose, or "describing") and bodyValue, joined by a blank line.
//            Hypothesis: `text` (Markdown, kept as is).
//   id       the uuid of urn:uuid:<uuid>, the id of
//            urn:sourcemark:annotation:<id>, or a Hypothesis id; only when it
//            is a valid annotation id. Otherwise absent.
//   times    created / modified (Hypothesis: updated), normalised to ISO UTC;
//            absent when missing or unparsable.
//   target   re-described with describe() at the range anchorAll() found, so
//            it is valid for this text whatever the input held.
//
// Positions are only a hint: anchoring verifies by quote. A W3C
// TextPositionSelector counts Unicode code points (as our export writes
// them) and is converted back to UTF-16 units; Hypothesis counts UTF-16 units
// of its own rendering of the page and is used as is, except in Sourcemark's
// own Hypothesis export (hypothesis.ts), whose "sourcemark" field says it
// counts code points and gives each tag's source id and the kind.

import { z } from 'zod'
import { anchorAll } from '../anchoring/anchor.ts'
import { describe } from '../anchoring/describe.ts'
import { AnnotationId, type AnnotationKind, type Target } from '../model/annotation.ts'
import type { Source } from '../model/source.ts'
import { utf16Offsets } from '../text/code-points.ts'
import { CLAIM_MOTIVATION, VIA_PREFIX } from './export.ts'

interface ImportedAnnotation {
  id?: string
  kind: AnnotationKind
  target: Target
  sources: string[]
  via: string[]
  note: string
  created?: string
  modified?: string
}

interface ImportOrphan { quote: string; reason: string }

export interface WebAnnotationImport {
  annotations: ImportedAnnotation[]
  // Those whose quote is not in this text, with the file's selectors (the
  // position clipped into the text), so they can be kept as orphans and
  // shown by their quote; each is also in `orphans`.
  unplaced: ImportedAnnotation[]
  orphans: ImportOrphan[]
  unknownSources: string[]
}

export interface WebAnnotationImportInput {
  text: string // the document's canonical text
  sources: Source[]
}

export const NOT_IN_DOCUMENT = 'the quoted text is not in this document'

const SOURCE_URN = 'urn:sourcemark:source:'
const VIA_URN = 'urn:sourcemark:via:'
const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i
const ANNOTATION_URN = 'urn:sourcemark:annotation:'

// ---- input shapes --------------------------------------------------------

function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([z.array(item), item]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[])
}

const Selector = z.looseObject({ type: z.string() })
const QuoteSelector = z.object({
  exact: z.string().min(1, 'the quote is empty').max(100_000),
  prefix: z.string().max(1000).optional(),
  suffix: z.string().max(1000).optional(),
})
const PositionSelector = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
const SpecificResource = z.looseObject({ source: z.string().optional(), selector: oneOrMany(Selector).optional() })

const Body = z.union([
  z.string(), // a body by reference: nothing to import
  z.looseObject({
    id: z.string().optional(),
    purpose: oneOrMany(z.string()).optional(),
    value: z.string().max(100_000).optional(),
  }),
])

const W3CAnnotation = z.looseObject({
  id: z.string().optional(),
  motivation: oneOrMany(z.string()).optional(),
  body: oneOrMany(Body).optional(),
  bodyValue: z.string().max(100_000).optional(),
  target: oneOrMany(z.union([z.string(), SpecificResource])),
  created: z.string().optional(),
  modified: z.string().optional(),
})

// What Sourcemark's own Hypothesis export adds (hypothesis.ts): tags
// cannot tell a claim without a source from a highlight with one.
const SourcemarkExtra = z.object({
  kind: z.enum(['claim', 'highlight']),
  sources: z.array(z.string().max(200)).max(1000),
  via: z.array(z.string().max(200)).max(1000),
  offsets: z.literal('code-points'),
})

const HypothesisAnnotation = z.looseObject({
  id: z.string().optional(),
  sourcemark: z.unknown().optional(),
  text: z.string().max(100_000).optional(),
  tags: z.array(z.string()).optional(),
  target: z.array(SpecificResource),
  created: z.string().optional(),
  updated: z.string().optional(),
})

const Items = z.array(z.unknown())
const HypothesisExport = z.looseObject({ annotations: Items })
const HypothesisRows = z.looseObject({ rows: Items })
const Page = z.looseObject({ items: Items })
const Collection = z.looseObject({ first: z.union([z.string(), Page]).optional(), items: Items.optional() })

// ---- container -----------------------------------------------------------

// Said to the reader as it is (the app, the terminal): no schema paths.
function fail(what: string): never {
  throw new Error(`This file is not an annotation file Sourcemark can read: ${what}.`)
}

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  // The containers ask for one thing only: a list of annotations.
  fail('its list of annotations is not a list')
}

function typesOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string')
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)'
  if (typeof value === 'string') return 'a piece of text'
  if (typeof value === 'boolean') return 'true or false'
  return `a ${typeof value}`
}

interface Item { value: unknown; hypothesis: boolean }

function itemsOf(json: unknown): Item[] {
  if (Array.isArray(json)) return json.map((value) => ({ value, hypothesis: looksHypothesis(value) }))
  if (typeof json !== 'object' || json === null) fail(`it holds ${describeValue(json)} rather than annotations`)
  const types = typesOf((json as Record<string, unknown>).type)
  if ('annotations' in json) {
    return check(HypothesisExport, json).annotations.map((value) => ({ value, hypothesis: !isTypedAnnotation(value) }))
  }
  // The Hypothesis API's search answer: { total, rows }.
  if ('rows' in json && 'total' in json) {
    return check(HypothesisRows, json).rows.map((value) => ({ value, hypothesis: !isTypedAnnotation(value) }))
  }
  let items: unknown[]
  if (types.includes('AnnotationCollection')) {
    const collection = check(Collection, json)
    if (typeof collection.first === 'string') fail('its annotations are only linked to, not included; export them again with the annotations included')
    items = collection.first?.items ?? collection.items ?? fail('its collection holds no annotations')
  } else if (types.includes('AnnotationPage')) {
    items = check(Page, json).items
  } else if (types.includes('Annotation')) {
    items = [json]
  } else {
    fail('it is neither W3C Web Annotations nor a Hypothesis export or API answer')
  }
  return items.map((value) => ({ value, hypothesis: looksHypothesis(value) }))
}

function isTypedAnnotation(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typesOf((value as Record<string, unknown>).type).includes('Annotation')
}

function looksHypothesis(value: unknown): boolean {
  return !isTypedAnnotation(value) && typeof value === 'object' && value !== null
    && ('tags' in value || 'text' in value || 'uri' in value || 'updated' in value)
}

// ---- one annotation --------------------------------------------------------

interface Tag { id?: string; value: string }

interface Candidate {
  id?: string
  claim: boolean | 'if-tagged'
  tags: Tag[]
  note: string
  quote: { exact: string; prefix: string; suffix: string }
  start?: number
  codePoints: boolean
  created?: string
  modified?: string
}

function quoteAndPosition(targets: readonly (string | z.output<typeof SpecificResource>)[]): Pick<Candidate, 'quote' | 'start'> | string {
  for (const target of targets) {
    if (typeof target === 'string') continue
    const selectors = target.selector ?? []
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector')
    if (!quote) continue
    const parsedQuote = QuoteSelector.safeParse(quote)
    if (!parsedQuote.success) return `a malformed TextQuoteSelector (${parsedQuote.error.issues[0]!.message})`
    const position = PositionSelector.safeParse(selectors.find((s) => s.type === 'TextPositionSelector'))
    const { exact, prefix = '', suffix = '' } = parsedQuote.data
    return { quote: { exact, prefix, suffix }, ...(position.success ? { start: position.data.start } : {}) }
  }
  return 'no TextQuoteSelector: it quotes no text (a page note or a reply?)'
}

function isoTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

function importedId(id: string | undefined, hypothesis: boolean): string | undefined {
  if (id === undefined) return undefined
  const raw = UUID_URN.exec(id)?.[1]?.toLowerCase()
    ?? (id.startsWith(ANNOTATION_URN) ? id.slice(ANNOTATION_URN.length) : hypothesis ? id : undefined)
  return raw !== undefined && AnnotationId.safeParse(raw).success ? raw : undefined
}

function fromW3C(value: unknown): Candidate | ImportOrphan {
  const parsed = W3CAnnotation.safeParse(value)
  if (!parsed.success) return malformed(value, parsed.error)
  const a = parsed.data
  const found = quoteAndPosition(a.target)
  if (typeof found === 'string') return { quote: '', reason: found }
  const tags: Tag[] = []
  const notes: string[] = []
  for (const body of a.body ?? []) {
    if (typeof body === 'string' || body.value === undefined) continue
    const purposes = body.purpose ?? []
    if (purposes.includes('tagging')) tags.push({ ...(body.id !== undefined ? { id: body.id } : {}), value: body.value })
    else if (purposes.length === 0 || purposes.includes('commenting') || purposes.includes('describing')) notes.push(body.value)
  }
  if (a.bodyValue !== undefined) notes.push(a.bodyValue)
  return {
    ...found,
    id: importedId(a.id, false),
    claim: (a.motivation ?? []).includes(CLAIM_MOTIVATION),
    tags,
    note: notes.join('\n\n'),
    codePoints: true,
    created: isoTime(a.created),
    modified: isoTime(a.modified),
  }
}

function fromHypothesis(value: unknown): Candidate | ImportOrphan {
  const parsed = HypothesisAnnotation.safeParse(value)
  if (!parsed.success) return malformed(value, parsed.error)
  const a = parsed.data
  const found = quoteAndPosition(a.target)
  if (typeof found === 'string') return { quote: '', reason: found }
  const tags: Tag[] = (a.tags ?? []).map((tag) => ({ value: tag }))
  const extra = SourcemarkExtra.safeParse(a.sourcemark)
  // Ours: each tag gets the id it was written from, in order (sources, then relays).
  const ours = extra.success && extra.data.sources.length + extra.data.via.length === tags.length
  if (ours) {
    const ids = [...extra.data.sources.map((id) => `${SOURCE_URN}${id}`), ...extra.data.via.map((id) => `${VIA_URN}${id}`)]
    tags.forEach((tag, i) => { tag.id = ids[i] })
  }
  return {
    ...found,
    id: importedId(a.id, true),
    claim: ours ? extra.data.kind === 'claim' : 'if-tagged',
    tags,
    note: a.text ?? '',
    codePoints: ours,
    created: isoTime(a.created),
    modified: isoTime(a.updated),
  }
}

function malformed(value: unknown, error: z.ZodError): ImportOrphan {
  const issue = error.issues[0]!
  const target = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  return {
    quote: quoteIn(target.target),
    reason: `malformed annotation: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  }
}

// Best effort, for the orphan report only.
function quoteIn(target: unknown): string {
  for (const t of Array.isArray(target) ? target : [target]) {
    const selectors = typeof t === 'object' && t !== null ? (t as Record<string, unknown>).selector : undefined
    for (const s of Array.isArray(selectors) ? selectors : [selectors]) {
      const exact = typeof s === 'object' && s !== null ? (s as Record<string, unknown>).exact : undefined
      if (typeof exact === 'string') return exact
    }
  }
  return ''
}

// ---- sources and positions ------------------------------------------------

function sourceResolver(sources: readonly Source[]): (tag: Tag) => string | undefined {
  const ids = new Set(sources.map((s) => s.id))
  const byName = new Map<string, string>()
  for (const s of sources) for (const name of [s.name, ...s.aliases]) {
    const key = name.trim().toLowerCase()
    if (!byName.has(key)) byName.set(key, s.id)
  }
  return (tag) => {
    const urn = tag.id?.startsWith(SOURCE_URN) ? SOURCE_URN : tag.id?.startsWith(VIA_URN) ? VIA_URN : null
    if (urn) {
      // The stable id; what follows "#" only tells names apart.
      const id = tag.id!.slice(urn.length).replace(/#.*$/s, '')
      if (ids.has(id)) return id
    }
    return byName.get(tag.value.trim().toLowerCase())
  }
}

// A relay's tag: "via Xinhua" (any case), or a body in the relay role. Its
// name without the "via ".
function relayTag(tag: Tag): Tag | null {
  const value = tag.value.trim()
  const hasPrefix = value.toLowerCase().startsWith(VIA_PREFIX) && value.length > VIA_PREFIX.length
  if (!tag.id?.startsWith(VIA_URN) && !hasPrefix) return null
  const name = hasPrefix ? value.slice(VIA_PREFIX.length).trim() : value
  return { ...(tag.id !== undefined ? { id: tag.id } : {}), value: name }
}

// ---- the import ------------------------------------------------------------

export function importWebAnnotations(json: unknown, input: WebAnnotationImportInput): WebAnnotationImport {
  const { text } = input
  const items = itemsOf(json)
  const resolve = sourceResolver(input.sources)
  const toUtf16 = utf16Offsets(text)
  const unknown = new Map<string, string>() // lower case -> first spelling seen

  const parsed = items.map((item) => (item.hypothesis ? fromHypothesis(item.value) : fromW3C(item.value)))
  const candidates = parsed.filter((p): p is Candidate => 'claim' in p)
  const targets: Target[] = candidates.map((c) => {
    const hint = c.start === undefined ? 0 : Math.min(c.codePoints ? toUtf16(c.start) : c.start, text.length)
    return { position: { start: hint, end: hint + c.quote.exact.length }, quote: c.quote }
  })
  const found = anchorAll(text, targets)

  const annotations: ImportedAnnotation[] = []
  const unplaced: ImportedAnnotation[] = []
  const orphans: ImportOrphan[] = []
  let next = 0
  for (const p of parsed) {
    if (!('claim' in p)) { orphans.push(p); continue }
    const hint = targets[next]!
    const match = found[next++]
    if (!match) orphans.push({ quote: p.quote.exact, reason: NOT_IN_DOCUMENT })
    const length = p.quote.exact.length
    if (!match && length > text.length) continue
    const start = Math.min(hint.position.start, text.length - length)
    const target: Target = match ? describe(text, match.start, match.end) : { position: { start, end: start + length }, quote: p.quote }
    const sources: string[] = []
    const via: string[] = []
    for (const tag of p.tags) {
      const relay = relayTag(tag)
      const id = resolve(relay ?? tag)
      const into = relay ? via : sources
      if (id === undefined) {
        const name = (relay ?? tag).value.trim()
        if (name && !unknown.has(name.toLowerCase())) unknown.set(name.toLowerCase(), name)
      }
      else if (!into.includes(id)) into.push(id)
    }
    ;(match ? annotations : unplaced).push({
      ...(p.id !== undefined ? { id: p.id } : {}),
      kind: (p.claim === 'if-tagged' ? sources.length > 0 : p.claim) ? 'claim' : 'highlight',
      target,
      sources,
      via,
      note: p.note,
      ...(p.created !== undefined ? { created: p.created } : {}),
      ...(p.modified !== undefined ? { modified: p.modified } : {}),
    })
  }
  return { annotations, unplaced, orphans, unknownSources: [...unknown.values()] }
}
