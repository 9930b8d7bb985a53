// Every start reads every library entry (10,000 in a large library) from
// the index shards, and checking them with the schema took about a fifth of
// the server's work before the first document was shown. An entry exactly
// as Sourcemark writes it is checked here by hand, its strings with the
// schema's own patterns; anything else (a field missing or unknown, a
// value out of range) goes to the schema, which has the last word and the
// words for the user. test/electron/shard-check.test.ts holds the two
// together: what passes here, the schema passes unchanged.

import type { z } from 'zod'
import { regexes } from 'zod/v4/core'
import { DOCUMENT_ID, DocumentMeta, LANGUAGE_MAX, LANGUAGE_TAG } from '../../shared/model/document.ts'
import { SourceId } from '../../shared/model/source.ts'
import { CONTENT_HASH, IndexShard, LIBRARY_VERSION, ShardEntry } from './files.ts'
import { validated } from './access.ts'

const ENTRY_KEYS = new Set(Object.keys(ShardEntry.shape))
const META_KEYS = new Set(Object.keys(DocumentMeta.shape))
const REQUIRED = ['id', 'meta', 'added', 'annotationCount', 'claimCount', 'sourceCounts', 'viaCounts', 'order'] as const

// A shard's data: the fast check for each entry, the schema for the rest.
export function checkedShard(raw: unknown): IndexShard {
  if (isRecord(raw) && raw.version === LIBRARY_VERSION && Array.isArray(raw.entries) && Object.keys(raw).length === 2 && raw.entries.every(plainEntry)) {
    return raw as IndexShard
  }
  return validated(IndexShard, raw)
}

// Whether the schema would take `raw` as it is (no default filled in, no
// key stripped): false sends it to the schema.
export function plainEntry(raw: unknown): boolean {
  if (!isRecord(raw)) return false
  for (const key of REQUIRED) if (!(key in raw)) return false
  for (const key in raw) if (!ENTRY_KEYS.has(key)) return false
  return isDocumentId(raw.id) && plainMeta(raw.meta) && isWrittenTime(raw.added) &&
    isCount(raw.annotationCount) && isCount(raw.claimCount) && isCount(raw.order) &&
    plainCounts(raw.sourceCounts) && plainCounts(raw.viaCounts) &&
    (raw.contentHash === undefined || (typeof raw.contentHash === 'string' && CONTENT_HASH.test(raw.contentHash))) &&
    (raw.stamp === undefined || (typeof raw.stamp === 'string' && raw.stamp.length <= 200)) &&
    (raw.deleted === undefined || isWrittenTime(raw.deleted))
}

function plainMeta(raw: unknown): boolean {
  if (!isRecord(raw)) return false
  for (const key in raw) if (!META_KEYS.has(key)) return false
  return text(raw.title, 1000, 1) && optional(raw.publisher, 1000) && optional(raw.author, 1000) && optional(raw.published, 100) &&
    optional(raw.url, 4096) && (raw.language === undefined || (text(raw.language, LANGUAGE_MAX) && LANGUAGE_TAG.test(raw.language as string)))
}

const text = (value: unknown, max: number, min = 0): boolean => typeof value === 'string' && value.length >= min && value.length <= max
const optional = (value: unknown, max: number): boolean => value === undefined || text(value, max)

function plainCounts(raw: unknown): boolean {
  if (!isRecord(raw)) return false
  for (const key in raw) if (!isSourceId(key) || !isCount(raw[key])) return false
  return true
}

// A library's few hundred source ids recur in most of its 10,000 entries
// (two counts each): the schema is asked once per id, not once per count
// (that was the largest part of reading the shards). Only ids it took are
// kept, at most KNOWN_IDS of them, so a shard full of odd keys costs no
// memory.
const knownSourceIds = new Set<string>()
const KNOWN_IDS = 10_000

function isSourceId(key: string): boolean {
  if (knownSourceIds.has(key)) return true
  if (!passes(SourceId, key)) return false
  if (knownSourceIds.size < KNOWN_IDS) knownSourceIds.add(key)
  return true
}

// The id and times of 10,000 entries tested directly, not through the
// schema (three parses an entry were most of the check's time): the id
// with the schema's own pattern; a time with zod's ISO datetime pattern
// narrowed to what toISOString writes (milliseconds, Z): any other form
// goes to the schema.
const isDocumentId = (value: unknown): boolean => typeof value === 'string' && DOCUMENT_ID.test(value)
const WRITTEN_TIME = regexes.datetime({ precision: 3 })
const isWrittenTime = (value: unknown): boolean => typeof value === 'string' && WRITTEN_TIME.test(value)

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0

const passes = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success

// A plain object (as JSON.parse makes them), with no inherited keys in the way.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype
}
