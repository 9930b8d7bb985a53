// The sentence pass's loops over a sentence's tokens make no closure that reads
// the loop's own variables. Such a closure ("cues.some((c) => c.verb === k)")
// makes V8 allocate a context for those variables at every token, whether or
// not the closure is ever made: on a 1 MB article that was ~30 MB of garbage a
// call (session 24's heap profile). Work counted in the source, not timed.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { transformSync } from 'esbuild'
import { Linter, type Rule } from 'eslint'

// The files whose token loops the heap profile showed allocating contexts.
const FILES = ['relay-cues.ts', 'relay-venues.ts', 'speech-acts.ts', 'stance-cues.ts', 'cue-concerns.ts', 'cue-defences.ts', 'cue-intents.ts',
  'cue-stance-verbs.ts', 'text-participles.ts', 'document-directives.ts', 'cue-quoted-participles.ts', 'relayed-acts.ts', 'content-span.ts',
  'text-frames.ts']

type Loop = Parameters<NonNullable<Rule.RuleListener['ForStatement']>>[0]

// A `for (let ...)` loop's variables and its body block's own declarations, when a closure reads one:
// V8 then keeps them in a context made for each iteration.
const rule: Rule.RuleModule = {
  create(context) {
    const captured = (node: Parameters<typeof context.sourceCode.getDeclaredVariables>[0]) =>
      context.sourceCode.getDeclaredVariables(node).filter((v) => v.references.some((r) => r.from.variableScope !== v.scope.variableScope))
    return {
      ForStatement(loop: Loop) {
        if (loop.init?.type !== 'VariableDeclaration' || loop.init.kind !== 'let') return
        const own = [loop.init, ...(loop.body.type === 'BlockStatement' ? loop.body.body.filter((s) => s.type === 'VariableDeclaration') : [])]
        const names = own.flatMap((d) => captured(d)).map((v) => v.name)
        if (names.length) context.report({ node: loop, message: names.join(', ') })
      },
    }
  },
}

function loopsReading(name: string, source: string): string[] {
  const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'esnext' })
  const linter = new Linter()
  const found = linter.verify(code, { plugins: { local: { rules: { loops: rule } } }, rules: { 'local/loops': 'error' },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } })
  // (Lines are those of the type-stripped code.)
  return found.map((m) => `${name}:${m.line} ${m.message}`)
}

const read = (file: string) => readFileSync(new URL(`../../shared/attribution/${file}`, import.meta.url), 'utf8')

test('token loops of the sentence pass keep no per-token closure context', () => {
  assert.deepEqual(FILES.flatMap((file) => loopsReading(file, read(file))), [])
})

test('the check finds a closure on a loop variable, and one on the body\'s own constant', () => {
  assert.deepEqual(loopsReading('x', 'for (let k = 0; k < 9; k++) if (cues.some((c) => c.verb === k)) n++'), ['x:1 k'])
  assert.deepEqual(loopsReading('x', 'for (let k = 0; k < 9; k++) { const w = t[k]; if (w === 1) f(() => w) }'), ['x:1 w'])
  // (A closure inside a nested block is made, with its context, only when that block runs.)
  assert.deepEqual(loopsReading('x', 'for (let k = 0; k < 9; k++) { if (t[k] === 1) { const v = k; f(() => v) } }'), [])
})
