// A document's journal (documents/<id>.journal.jsonl): the changes made to
// its annotations since its file (the snapshot) was last written whole, one
// save a line, so that a save writes what changed, not the document.
//   {"seq":12,"time":"…","changes":[{"put":{…annotation…}},{"remove":"a-id"}]}
// seq counts saves; the snapshot records the last one it holds, so lines at
// or below it (left by a kill between a compaction's two steps) are skipped.
// A line that does not end in a newline, or does not parse, ends the
// journal: what a kill in the middle of an append leaves is ignored.
// Here: the format, the diff of two versions of a document into changes,
// and replaying changes over a snapshot. Pure: no files.

import { z } from 'zod'
import { Annotation, AnnotationId } from '../../shared/model/annotation.ts'
import { MAX_REJECTED, SuggestionKey } from '../../shared/model/suggestion.ts'
import type { DocumentFile } from './files.ts'

const Change = z.union([
  // An annotation, new or replacing the one with its id (in its place);
  // at: where a new one goes, when not at the end (an undone delete).
  z.strictObject({ put: Annotation, at: z.number().int().nonnegative().optional() }),
  z.strictObject({ remove: AnnotationId }),
  // The document's other small fields; deleted: null takes it out of the trash.
  z.strictObject({
    set: z.strictObject({
      deleted: z.iso.datetime().nullable().optional(),
      rejectedSuggestions: z.array(SuggestionKey).max(MAX_REJECTED).optional(),
    }),
  }),
])
type Change = z.infer<typeof Change>

const Line = z.strictObject({
  seq: z.number().int().positive(),
  time: z.iso.datetime(),
  changes: z.array(Change).min(1),
})
type Line = z.infer<typeof Line>

// The changes that turn `before` into `after`, or null when they cannot be
// said as changes (the document's text or metadata changed, annotations
// were reordered): then the snapshot is written whole. [] when equal.
export function diff(before: DocumentFile, after: DocumentFile): Change[] | null {
  if (after.document !== before.document || after.version !== before.version) return null
  const changes: Change[] = []
  const set: { deleted?: string | null; rejectedSuggestions?: string[] } = {}
  if (after.deleted !== before.deleted) set.deleted = after.deleted ?? null
  if (after.rejectedSuggestions !== before.rejectedSuggestions && !sameList(after.rejectedSuggestions, before.rejectedSuggestions)) {
    set.rejectedSuggestions = after.rejectedSuggestions
  }
  if (Object.keys(set).length > 0) changes.push({ set })
  if (after.annotations === before.annotations) return changes
  const quick = appendedOrReplaced(before.annotations, after.annotations)
  if (quick) return [...changes, ...quick]
  const old = new Map(before.annotations.map((a) => [a.id, a]))
  const kept = new Set<string>()
  for (const a of after.annotations) kept.add(a.id)
  let size = before.annotations.length
  for (const a of before.annotations) {
    if (!kept.has(a.id)) changes.push({ remove: a.id }), size--
  }
  for (const [i, a] of after.annotations.entries()) {
    const prev = old.get(a.id)
    if (prev === a) continue
    if (prev) changes.push({ put: a })
    else changes.push(i === size ? { put: a } : { put: a, at: i }), size++
  }
  // Check the changes say it: same ids in the same order.
  const replayed = replay(before.annotations, changes)
  if (replayed.length !== after.annotations.length || replayed.some((a, i) => a.id !== after.annotations[i]!.id)) return null
  return changes
}

// The puts for the usual save (annotations added at the end, or replaced
// in their places), found by identity in one pass without maps; null for
// anything else (a removal, an insertion, a reorder).
function appendedOrReplaced(before: readonly Annotation[], after: readonly Annotation[]): Change[] | null {
  if (after.length < before.length) return null
  const changes: Change[] = []
  for (let i = 0; i < before.length; i++) {
    const a = after[i]!
    if (a === before[i]) continue
    if (a.id !== before[i]!.id) return null
    changes.push({ put: a })
  }
  const ids = new Set<string>()
  for (let i = before.length; i < after.length; i++) {
    const a = after[i]!
    // A new one must be new: an id already there is a move, said the long way.
    if (ids.has(a.id)) return null
    ids.add(a.id)
    changes.push({ put: a })
  }
  if (ids.size > 0 && before.some((a) => ids.has(a.id))) return null
  return changes
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

// The annotations with the changes made, in order (the other fields: apply()).
function replay(annotations: readonly Annotation[], changes: readonly Change[]): Annotation[] {
  const working = new Working(annotations)
  for (const change of changes) working.change(change)
  return working.list()
}

// Annotations by id in order: a put or remove costs O(1), an insertion
// in the middle (rare) O(n).
class Working {
  #byId: Map<string, Annotation>
  constructor(annotations: readonly Annotation[]) {
    this.#byId = new Map(annotations.map((a) => [a.id, a]))
  }

  change(change: Change): void {
    if ('remove' in change) this.#byId.delete(change.remove)
    else if ('put' in change) {
      const { put, at } = change
      if (this.#byId.has(put.id) || at === undefined || at >= this.#byId.size) this.#byId.set(put.id, put)
      else {
        const list = [...this.#byId]
        list.splice(at, 0, [put.id, put])
        this.#byId = new Map(list)
      }
    }
  }

  list(): Annotation[] {
    return [...this.#byId.values()]
  }
}

export function formatLine(seq: number, changes: readonly Change[]): string {
  return `${JSON.stringify({ seq, time: new Date().toISOString(), changes })}\n`
}

export interface ReadJournal {
  data: DocumentFile
  // The last save it holds (the snapshot's, when none is replayed).
  seq: number
  // How many bytes of the text are whole lines, read; what follows (a torn
  // last line, or from a bad line on) is not part of the journal.
  good: number
  // Why the journal stopped before its end, for a line that was not the
  // last (damage, not a kill): said to the user.
  problem?: string
}

// Replays the journal's text over the snapshot (data, holding saves up to
// seq). Lines at or below seq are skipped; a gap in seq ends the journal.
export function readJournal(data: DocumentFile, seq: number, text: string): ReadJournal {
  const working = new Working(data.annotations)
  let fields: Pick<DocumentFile, 'deleted' | 'rejectedSuggestions'> = { deleted: data.deleted, rejectedSuggestions: data.rejectedSuggestions }
  let at = 0
  let last = seq
  let problem: string | undefined
  let number = 0
  while (at < text.length) {
    const end = text.indexOf('\n', at)
    if (end < 0) break // torn: a kill in the middle of the last append
    number++
    let line: Line
    try {
      line = Line.parse(JSON.parse(text.slice(at, end)))
    } catch (error) {
      problem = `line ${number} could not be read (${(error as Error).message.split('\n')[0]})`
      break
    }
    if (line.seq > last + 1) {
      problem = `line ${number} follows save ${line.seq - 1}, which the document file does not hold`
      break
    }
    if (line.seq === last + 1) {
      for (const change of line.changes) {
        if ('set' in change) fields = withFields(fields, change.set)
        else working.change(change)
      }
      last = line.seq
    }
    at = end + 1
  }
  const { deleted: _, ...rest } = data
  const replayed: DocumentFile = { ...rest, ...(fields.deleted ? { deleted: fields.deleted } : {}), rejectedSuggestions: fields.rejectedSuggestions, annotations: last === seq ? data.annotations : working.list() }
  return { data: replayed, seq: last, good: at, ...(problem ? { problem } : {}) }
}

function withFields(fields: Pick<DocumentFile, 'deleted' | 'rejectedSuggestions'>, set: { deleted?: string | null | undefined; rejectedSuggestions?: string[] | undefined }): Pick<DocumentFile, 'deleted' | 'rejectedSuggestions'> {
  const next = { ...fields }
  if (set.deleted !== undefined) next.deleted = set.deleted ?? undefined
  if (set.rejectedSuggestions) next.rejectedSuggestions = set.rejectedSuggestions
  return next
}
