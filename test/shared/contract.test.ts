import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ApiError, isMethodName, methodNames, parseInput, schemasOf } from '../../shared/api/contract.ts'

const valid = {
  documentId: 'xi-mishustin-2025-11-05',
  kind: 'claim',
  target: {
    position: { start: 10, end: 15 },
    quote: { exact: 'hello', prefix: 'say ', suffix: ' world' },
  },
  sources: ['xinhua'],
  note: 'A note',
}

type Payload = Record<string, unknown>
const withTarget = (target: Payload): Payload => ({ ...valid, target: { ...valid.target, ...target } })
const withPosition = (position: Payload): Payload => withTarget({ position: { ...valid.target.position, ...position } })
const withQuote = (quote: Payload): Payload => withTarget({ quote: { ...valid.target.quote, ...quote } })

// parseInput must throw an ApiError('invalid-input') whose field and
// message, as "method: field: message", match; the message itself is in
// the user's words: one or more sentences that never name the method.
function rejects(payload: unknown, message: RegExp, method: Parameters<typeof parseInput>[0] = 'createAnnotation'): void {
  assert.throws(() => parseInput(method, payload), (error: unknown) => {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`)
    assert.equal(error.code, 'invalid-input')
    assert.match(`${method}: ${error.field ?? 'input'}: ${error.message}`, message)
    assert.ok(!error.message.includes(method), error.message)
    assert.match(error.message, /^[A-Z].*\.$/)
    return true
  })
}

test('accepts a valid createAnnotation payload', () => {
  const parsed = parseInput('createAnnotation', valid)
  assert.deepEqual(parsed, valid)
  // sources and note are optional.
  const { sources: _s, note: _n, ...minimal } = valid
  assert.deepEqual(parseInput('createAnnotation', minimal), minimal)
  // A payload as it arrives over a transport.
  assert.deepEqual(parseInput('createAnnotation', JSON.parse(JSON.stringify(valid))), valid)
})

test('rejects wrong types, naming the field', () => {
  rejects({ ...valid, documentId: 42 }, /^createAnnotation: documentId: /)
  rejects({ ...valid, kind: 'comment' }, /kind: /)
  rejects({ ...valid, sources: 'xinhua' }, /sources: /)
  rejects({ ...valid, sources: [1] }, /sources\.0: /)
  rejects({ ...valid, note: null }, /note: /)
  rejects(withPosition({ start: '10' }), /target\.position\.start: /)
  rejects(withPosition({ end: 15.5 }), /target\.position\.end: /)
  rejects(withPosition({ start: -1 }), /target\.position\.start: /)
  rejects(withQuote({ exact: ['hello'] }), /target\.quote\.exact: /)
  rejects(withTarget({ quote: undefined }), /target\.quote: /)
  rejects(null, /input: /)
  rejects('createAnnotation', /input: /)
  rejects([valid], /input: /)
})

test('rejects unknown keys (strict objects), naming the key', () => {
  rejects({ ...valid, extra: true }, /does not know: "extra"/)
  rejects({ documentId: 'abc', annotationId: 'abcdefgh-1234', force: true }, /"force"/, 'deleteAnnotation')
  rejects({ anything: 1 }, /"anything"/, 'listDocuments')
  rejects({ anything: 1 }, /"anything"/, 'startupDocument')
  rejects({ documentId: 'abc', include: 'all' }, /"include"/, 'getDocument')
})

test('rejects __proto__ and constructor keys in a JSON.parse\'d payload', () => {
  const text = JSON.stringify(valid)
  const proto = JSON.parse(text.replace('{', '{"__proto__":{"isAdmin":true},'))
  assert.ok(Object.hasOwn(proto, '__proto__'), 'JSON.parse makes __proto__ an own key')
  rejects(proto, /"__proto__"/)
  rejects(JSON.parse(text.replace('{', '{"constructor":{"prototype":{"isAdmin":true}},')), /"constructor"/)
  rejects(JSON.parse('{"__proto__":{"documentId":"abc"}}'), /"__proto__"|documentId/, 'getDocument')
  assert.equal(({} as Record<string, unknown>).isAdmin, undefined, 'no prototype pollution')
})

test('a __proto__ key nested in a (non-strict) target does not reach the parsed value', () => {
  const payload = JSON.parse(JSON.stringify(valid).replace('"target":{', '"target":{"__proto__":{"polluted":true},'))
  let parsed: unknown
  try {
    parsed = parseInput('createAnnotation', payload)
  } catch (error) {
    assert.ok(error instanceof ApiError && error.code === 'invalid-input')
    return
  }
  const target = (parsed as { target: object }).target
  assert.ok(!Object.hasOwn(target, '__proto__'))
  assert.equal((target as { polluted?: unknown }).polluted, undefined)
  assert.equal(Object.getPrototypeOf(target), Object.prototype)
  assert.equal(({} as Record<string, unknown>).polluted, undefined)
})

test('rejects start >= end', () => {
  rejects(withTarget({ position: { start: 15, end: 15 }, quote: { exact: 'x', prefix: '', suffix: '' } }), /target\.position: start must be before end/i)
  rejects(withTarget({ position: { start: 20, end: 15 }, quote: { exact: 'x', prefix: '', suffix: '' } }), /target\.position: start must be before end/i)
})

test('rejects a quote whose length does not match the position range', () => {
  rejects(withQuote({ exact: 'hell' }), /target: the quote must be as long as the position range/i)
  rejects(withQuote({ exact: 'hello!' }), /target: the quote must be as long as the position range/i)
  rejects(withQuote({ exact: '' }), /target\.quote\.exact: /)
  // Length counts UTF-16 units: "𝄞abc" is 5 units, like "hello".
  assert.doesNotThrow(() => parseInput('createAnnotation', withQuote({ exact: '𝄞abc' })))
})

test('rejects strings and arrays over the limits', () => {
  rejects({ ...valid, note: 'x'.repeat(100_001) }, /note: .*too (long|many|large)/)
  rejects(withTarget({ position: { start: 0, end: 100_001 }, quote: { exact: 'x'.repeat(100_001), prefix: '', suffix: '' } }), /target\.quote\.exact: .*too (long|many|large)/)
  rejects(withQuote({ prefix: 'p'.repeat(1001) }), /target\.quote\.prefix: .*too (long|many|large)/)
  rejects(withQuote({ suffix: 's'.repeat(1001) }), /target\.quote\.suffix: .*too (long|many|large)/)
  rejects({ ...valid, sources: ['s'.repeat(65)] }, /sources\.0: A source id is/)
  rejects({ ...valid, sources: Array.from({ length: 101 }, (_, i) => `s${i}`) }, /sources: .*too (long|many|large)/)
  rejects(withPosition({ end: 100_000_001 }), /target\.position\.end: .*too (long|many|large)/)
  rejects({ ...valid, documentId: 'a'.repeat(65) }, /documentId: /)
  // Just under the limits is fine.
  assert.doesNotThrow(() => parseInput('createAnnotation', { ...valid, note: 'x'.repeat(100_000) }))
})

test('rejects bad document ids', () => {
  for (const documentId of ['../etc', '..', 'UPPER', 'Sample', '', '-leading-dash', 'a/b', 'a b', 'doc.json', 'a\u0000b', 'ß']) {
    rejects({ ...valid, documentId }, /^createAnnotation: documentId: A document id is/)
    rejects({ documentId }, /^getDocument: documentId: /, 'getDocument')
  }
  assert.doesNotThrow(() => parseInput('getDocument', { documentId: 'a' }))
  assert.doesNotThrow(() => parseInput('getDocument', { documentId: `a${'-'.repeat(63)}` }))
})

test('rejects bad annotation ids', () => {
  for (const annotationId of ['short', '../../../../etc/passwd', 'a'.repeat(65), 'has space here']) {
    rejects({ documentId: 'abc', annotationId }, /^deleteAnnotation: annotationId: /, 'deleteAnnotation')
  }
  assert.doesNotThrow(() => parseInput('deleteAnnotation', { documentId: 'abc', annotationId: '0b7e5a1c-3f7e-4c1e-9d0a-2b1f3c4d5e6f' }))
})

test('method names: only the contract\'s own keys count', () => {
  assert.ok(methodNames.includes('getDocument') && methodNames.includes('importDocuments'))
  for (const name of methodNames) assert.ok(isMethodName(name), name)
  assert.ok(isMethodName('createAnnotation'))
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) assert.equal(isMethodName(name), false, name)
})

// Made on first use (issue 18), then kept: a check never builds them again.
test('each method\'s schemas are made once and kept', () => {
  for (const name of methodNames) {
    const schemas = schemasOf(name)
    assert.equal(typeof schemas.input.safeParse, 'function', name)
    assert.equal(typeof schemas.output.safeParse, 'function', name)
    assert.equal(schemasOf(name), schemas, name)
  }
})

test('a refused input is told in the user\'s words, the field beside it', () => {
  const words = (method: Parameters<typeof parseInput>[0], payload: unknown) => {
    try {
      parseInput(method, payload)
    } catch (error) {
      assert.ok(error instanceof ApiError)
      return [error.field, error.message]
    }
    assert.fail('not refused')
  }
  assert.deepEqual(words('createAnnotation', { ...valid, note: 'x'.repeat(100_001) }), ['note', 'The note is too long (at most 100000 characters).'])
  assert.deepEqual(words('createAnnotation', withTarget({ quote: undefined })), ['target.quote', 'The quoted text is missing.'])
  assert.deepEqual(words('createAnnotation', { ...valid, kind: 'comment' }), ['kind', 'The kind should be one of "highlight", "claim".'])
  assert.deepEqual(words('search', { query: '  ' }), ['query', 'The search is empty.'])
  assert.deepEqual(words('updateDocumentMeta', { documentId: 'a', meta: { title: '' } }), ['meta.title', 'A document needs a title.'])
  assert.deepEqual(words('getDocument', null), [undefined, 'The request should be a set of fields.'])
})
