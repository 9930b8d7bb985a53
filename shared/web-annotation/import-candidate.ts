// One item of an annotation file, W3C or Hypothesis, read into what the
// import needs (kind, tags, note, quote and position hint, id, times), or
// an orphan saying why it cannot be used.

import { z } from 'zod'
import { AnnotationId } from '../model/annotation.ts'
import { CLAIM_MOTIVATION } from './export.ts'
import {
  ANNOTATION_URN, HypothesisAnnotation, PositionSelector, QuoteSelector, SOURCE_URN, SourcemarkExtra, SpecificResource, UUID_URN, VIA_URN, W3CAnnotation,
} from './import-shapes.ts'
import { describeValue } from './import-container.ts'

export interface ImportOrphan { quote: string; reason: string }

export interface Tag { id?: string; value: string }

export interface Candidate {
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

export function fromW3C(value: unknown): Candidate | ImportOrphan {
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

export function fromHypothesis(value: unknown): Candidate | ImportOrphan {
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

// Why an item cannot be read, in the reader's words: which part of it, never
// the schema's path or its type names.
function malformed(value: unknown, error: z.ZodError): ImportOrphan {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { quote: '', reason: `malformed annotation: it is ${describeValue(value)}, not an annotation` }
  }
  const field = error.issues[0]!.path[0]
  const part = field === 'target'
    ? 'its target is missing or not one Sourcemark can read'
    : `its ${typeof field === 'string' && FIELD_NAME.test(field) ? field : 'content'} is not what the format allows`
  return { quote: quoteIn((value as Record<string, unknown>).target), reason: `malformed annotation: ${part}` }
}

// The schemas' own field names only: a name from the file is never echoed.
const FIELD_NAME = /^(?:id|motivation|body|bodyValue|created|modified|text|tags|updated)$/

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
