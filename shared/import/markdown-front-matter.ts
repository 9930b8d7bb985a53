// YAML front matter at the top of a Markdown file -> the document's
// metadata. Only known keys are read, each through the same rules as page
// metadata (one line, clipped; URLs through the link policy), and YAML that
// does not parse or is not a mapping gives no metadata rather than an error.

import { parseDocument } from 'yaml'
import type { DocumentMeta } from '../model/document.ts'
import { keptPageUrl } from '../links/policy.ts'
import { languageTag } from '../text/detect-language.ts'
import { clip, oneLine } from '../text/one-line.ts'

const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/

export function splitFrontMatter(text: string): { meta: Partial<DocumentMeta>; body: string } {
  const match = FRONT_MATTER.exec(text)
  if (!match) return { meta: {}, body: text }
  // Stripped even when unreadable: YAML shown as article text would be worse
  // than losing the metadata.
  return { meta: metaFrom(readYaml(match[1] ?? '')), body: text.slice(match[0].length) }
}

// The mapping's entries under lower-cased keys, or nothing if the YAML is
// broken or not a mapping.
function readYaml(yaml: string): Map<string, unknown> {
  const entries = new Map<string, unknown>()
  // parseDocument, unlike parse, neither throws nor logs warnings; the
  // timestamp tag turns unquoted dates into Date objects.
  const doc = parseDocument(yaml, { schema: 'core', customTags: ['timestamp'] })
  if (doc.errors.length > 0) return entries
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch {
    return entries // e.g. an alias bomb
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return entries
  for (const [key, v] of Object.entries(value)) {
    const lower = key.toLowerCase()
    if (!entries.has(lower)) entries.set(lower, v)
  }
  return entries
}

const META_KEYS = {
  title: ['title'],
  publisher: ['publisher', 'source', 'site', 'site_name', 'publication'],
  author: ['author', 'authors', 'byline'],
  published: ['date', 'published', 'published_at', 'pubdate'],
  url: ['url', 'source_url', 'link', 'canonical', 'original_url'],
  language: ['lang', 'language', 'locale'],
} as const

const META_MAX: Record<keyof DocumentMeta, number> = { title: 1000, publisher: 1000, author: 1000, published: 100, url: 4096, language: 35 }

function metaFrom(entries: Map<string, unknown>): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {}
  for (const field of Object.keys(META_KEYS) as (keyof DocumentMeta)[]) {
    for (const key of META_KEYS[field]) {
      const value = metaValue(field, entries.get(key))
      if (value !== undefined) {
        meta[field] = value
        break
      }
    }
  }
  return meta
}

function metaValue(field: keyof DocumentMeta, value: unknown): string | undefined {
  const text = field === 'author' && Array.isArray(value)
    ? value.map((v) => oneLine(scalarText(v) ?? '')).filter(Boolean).join(', ')
    : oneLine(scalarText(value) ?? '')
  if (!text) return undefined
  if (field === 'language') return languageTag(text)
  if (field === 'url') {
    // The link policy, as for HTML metadata; a cut URL points somewhere
    // else, so an overlong one is dropped, not truncated.
    return keptPageUrl(text) ?? undefined
  }
  return clip(text, META_MAX[field])
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDate(value)
  return undefined
}

// A bare YAML date (2025-11-05) becomes midnight UTC; give it back as written.
function isoDate(date: Date): string {
  const iso = date.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
}
