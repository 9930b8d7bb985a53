// A refused input told in the user's words: "The note is too long (at most
// 100000 characters)." rather than zod's "note: Too big: expected string to
// have <=100000 characters". The field's path travels beside the message
// (ApiError.field) for programs and tests; the message never names a method.

import type { z } from 'zod'

// Input fields as a reader would name them. A Map: the keys of a refused
// payload are user text.
const FIELDS = new Map<string, string>([
  ['documentId', 'the document id'], ['annotationId', 'the annotation id'], ['sourceId', 'the source id'],
  ['kind', 'the kind'], ['target', 'the selection'], ['position', 'the selection'], ['start', 'the start of the selection'],
  ['end', 'the end of the selection'], ['quote', 'the quoted text'], ['exact', 'the quoted text'],
  ['prefix', 'the text before the quote'], ['suffix', 'the text after the quote'], ['sources', 'the sources'],
  ['note', 'the note'], ['meta', 'the details'], ['title', 'the title'], ['publisher', 'the publisher'],
  ['author', 'the author'], ['published', 'the date'], ['url', 'the URL'], ['query', 'the search'],
  ['limit', 'the number of results'], ['fileName', 'the file name'], ['contentBase64', 'the file'],
  ['duplicate', 'the duplicate choice'], ['format', 'the format'], ['data', 'the annotation file'],
  ['annotation', 'the annotation'], ['name', 'the name'], ['colour', 'the colour'], ['aliases', 'the aliases'],
  ['from', 'the source to merge'], ['into', 'the source to merge into'], ['order', 'the order of the sources'],
])

const TYPES = new Map<string, string>([
  ['string', 'text'], ['number', 'a number'], ['int', 'a whole number'], ['boolean', 'true or false'],
  ['array', 'a list'], ['object', 'a set of fields'],
])

function subjectOf(path: readonly PropertyKey[]): string {
  const keys = path.filter((key): key is string => typeof key === 'string')
  const last = keys.at(-1)
  if (last === undefined) return 'the request'
  const words = FIELDS.get(last) ?? `the field ${JSON.stringify(last)}`
  const index = path.at(-1)
  return typeof index === 'number' ? `item ${index + 1} of ${words}` : words
}

type RawIssue = z.core.$ZodRawIssue

// What is wrong, as the end of a sentence that starts with the field.
export function problemOf(issue: RawIssue): string {
  const { code } = issue
  if (code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing'
    return `should be ${TYPES.get(String(issue.expected)) ?? String(issue.expected)}`
  }
  if (code === 'too_big') {
    const max = String(issue.maximum)
    if (issue.origin === 'string') return `is too long (at most ${max} characters)`
    if (issue.origin === 'array') return `has too many items (at most ${max})`
    return `is too large (at most ${max})`
  }
  if (code === 'too_small') {
    const min = Number(issue.minimum)
    if (issue.origin === 'string') return min <= 1 ? 'is empty' : `is too short (at least ${min} characters)`
    if (issue.origin === 'array') return `needs at least ${min} item${min === 1 ? '' : 's'}`
    return `is too small (at least ${min})`
  }
  if (code === 'invalid_value') return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
  if (code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 5).map((key) => JSON.stringify(key.slice(0, 100))).join(', ')
    return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Sourcemark does not know: ${keys}`
  }
  if (code === 'invalid_format') return 'is not in the right form'
  return 'is not valid'
}

// One sentence per issue, at most three: the schema's own message where it
// has one ("a document id is 1-64 lowercase letters..."), else ours.
export function inputInWords(issues: readonly z.core.$ZodIssue[], ours: ReadonlySet<string>): string {
  return issues.slice(0, 3).map((issue) => {
    const sentence = ours.has(issue.message) ? `${subjectOf(issue.path)} ${issue.message}` : issue.message
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
  }).join(' ')
}
