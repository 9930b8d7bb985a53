// An annotation file's container: which of the accepted shapes it is
// (a W3C collection, page, annotation or list; a Hypothesis export or API
// answer) and the items in it, each marked W3C or Hypothesis. Anything
// else is refused with an Error in the reader's words.

import type { z } from 'zod'
import { Collection, HypothesisExport, HypothesisRows, Page } from './import-shapes.ts'

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

export function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'a piece of text'
  if (typeof value === 'boolean') return 'true or false'
  return `a ${typeof value}`
}

export interface Item { value: unknown; hypothesis: boolean }

// More than a document can hold is refused before any item is read: each
// costs a parse and maybe a reason to report, and a 20 MB file of "{}"
// holds millions.
export const MAX_IMPORTED_ANNOTATIONS = 100_000

export function itemsOf(json: unknown): Item[] {
  const items = allItemsOf(json)
  if (items.length > MAX_IMPORTED_ANNOTATIONS) fail(`it holds ${items.length} annotations, more than the ${MAX_IMPORTED_ANNOTATIONS} one document can take`)
  return items
}

function allItemsOf(json: unknown): Item[] {
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
