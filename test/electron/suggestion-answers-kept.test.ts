// The engine's answers kept on disk between sessions (suggest/answer-cache.ts),
// on real files: a new session asks again for the document it shows first
// and gets the same suggestions without the engine running; an answer of
// another engine build, a damaged or cut short file, or one for another
// text is not used; a read-only library writes nothing; the newest are kept.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile, writeFile, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { AnswerCache, SUGGESTIONS_DIR } from '../../electron/suggest/answer-cache.ts'
import type { EngineAnswer } from '../../electron/suggest/run-engine.ts'
import { Suggestions } from '../../electron/suggestions.ts'
import type { Block } from '../../shared/model/document.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('suggestion-answers')

const blocks: Block[] = [{ type: 'paragraph', text: 'The minister said the talks would go on, according to Tass.' }] as Block[]
const ANSWER: EngineAnswer = {
  found: [{
    content: { text: 'the talks would go on', start: 18, end: 39 }, cue: { text: 'said', start: 13, end: 17 },
    source: 'Tass', sourceKind: 'outlet', via: null, venue: null, confidence: 0.8,
  }],
  sentences: [{ start: 0, end: 59 }],
}

// An engine that counts its runs.
function countingEngine(answer = ANSWER) {
  const engine = { runs: 0, run: async () => { engine.runs++; return structuredClone(answer) } }
  return engine
}

const cacheFiles = async (dir: string) => (await readdir(join(dir, SUGGESTIONS_DIR)).catch(() => [])).filter((n) => n.endsWith('.json'))

// Until the answer is on disk (it is written after it is given).
async function written(dir: string, count = 1): Promise<string[]> {
  for (;;) {
    const files = await cacheFiles(dir)
    if (files.length >= count) return files
    await new Promise((resolve) => setImmediate(resolve))
  }
}

test('a new session gets the answer kept by the last one without running the engine, the same suggestions', async () => {
  const dir = await tempDir()
  const first = countingEngine()
  const shown = await new Suggestions(new AnswerCache(dir, async () => 'build-1'), first).for({ blocks }, [])
  assert.equal(first.runs, 1)
  await written(dir)
  const again = countingEngine()
  const session = new Suggestions(new AnswerCache(dir, async () => 'build-1'), again)
  assert.deepEqual(await session.for({ blocks }, []), shown)
  assert.deepEqual(await session.sentences({ blocks }), ANSWER.sentences)
  assert.equal(again.runs, 0)
  assert.equal(shown.length, 1)
})

test('an answer of another engine build, or for another text, is not used', async () => {
  const dir = await tempDir()
  await new Suggestions(new AnswerCache(dir, async () => 'build-1'), countingEngine()).for({ blocks }, [])
  await written(dir)
  const newBuild = countingEngine()
  await new Suggestions(new AnswerCache(dir, async () => 'build-2'), newBuild).for({ blocks }, [])
  assert.equal(newBuild.runs, 1)
  const otherText = countingEngine()
  const edited = [{ ...blocks[0]!, text: `${blocks[0]!.text} More.` }] as Block[]
  await new Suggestions(new AnswerCache(dir, async () => 'build-2'), otherText).for({ blocks: edited }, [])
  assert.equal(otherText.runs, 1)
})

test('a damaged, cut short or foreign file is not used: the engine runs and the file is written whole again', async () => {
  const dir = await tempDir()
  await new Suggestions(new AnswerCache(dir, async () => 'build-1'), countingEngine()).for({ blocks }, [])
  const [name] = await written(dir)
  const file = join(dir, SUGGESTIONS_DIR, name!)
  const whole = await readFile(file, 'utf8')
  const bad = [
    whole.slice(0, whole.length - 20),
    whole.replace('"Tass"', '1'),
    whole.replace('"confidence":0.8', '"confidence":8'),
    JSON.stringify({ ...JSON.parse(whole) as object, key: 'f'.repeat(64) }),
    // Empty (a write cut off before its first byte), and whole but with a
    // place past the text's end.
    '',
    whole.replace('"sentences":[{"start":0,"end":59}]', '"sentences":[{"start":0,"end":5900}]'),
    whole.replace('"start":18,"end":39', '"start":39,"end":18'),
  ]
  assert.ok(bad.every((text) => text !== whole))
  for (const text of bad) {
    await writeFile(file, text)
    const engine = countingEngine()
    assert.deepEqual((await new Suggestions(new AnswerCache(dir, async () => 'build-1'), engine).for({ blocks }, [])).length, 1)
    assert.equal(engine.runs, 1, text.slice(0, 60))
    for (;;) {
      if (await readFile(file, 'utf8') === whole) break
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
})

test('no engine build known (the TypeScript sources), or a read-only library: nothing written', async () => {
  const dir = await tempDir()
  const unknown = countingEngine()
  await new Suggestions(new AnswerCache(dir, async () => null), unknown).for({ blocks }, [])
  await new Suggestions(new AnswerCache(dir, async () => 'build-1', { writable: false }), countingEngine()).for({ blocks }, [])
  // Another answer written after them, so they had their turn.
  await new Suggestions(new AnswerCache(dir, async () => 'build-1'), countingEngine()).for({ blocks: [{ ...blocks[0]!, text: `${blocks[0]!.text} Other.` }] as Block[] }, [])
  assert.equal((await written(dir)).length, 1)
  const again = countingEngine()
  await new Suggestions(new AnswerCache(dir, async () => null), again).for({ blocks }, [])
  assert.equal(again.runs, 1)
})

test('the newest answers are kept, the oldest removed past the limit', async () => {
  const dir = await tempDir()
  const cache = new AnswerCache(dir, async () => 'build-1', { max: 3 })
  const keys = ['a', 'b', 'c', 'd'].map((c) => c.repeat(64))
  for (const [i, key] of keys.entries()) {
    await cache.put(key, ANSWER)
    // Each older than the next, whatever the clock's resolution.
    await utimes(join(dir, SUGGESTIONS_DIR, `${key}.json`), 1000 + i, 1000 + i)
  }
  assert.deepEqual((await cacheFiles(dir)).sort(), keys.slice(1).map((k) => `${k}.json`))
  assert.equal(await cache.get(keys[0]!), null)
  assert.deepEqual(await cache.get(keys[3]!), ANSWER)
  // A key that is not a digest is never a file name.
  await cache.put('../x', ANSWER)
  assert.equal(await cache.get('../x'), null)
})

test('an answer is written only once the app is quiet, and the suggestions are given before that', async () => {
  const dir = await tempDir()
  let release!: () => void
  const quiet = new Promise<void>((resolve) => { release = resolve })
  let asked = 0
  const cache = new AnswerCache(dir, async () => 'build-1', { quiet: () => { asked++; return quiet } })
  const shown = await new Suggestions(cache, countingEngine()).for({ blocks }, [])
  assert.equal(shown.length, 1)
  // Waiting on the quiet: nothing on disk yet.
  while (asked === 0) await new Promise((resolve) => setImmediate(resolve))
  assert.deepEqual(await cacheFiles(dir), [])
  release()
  assert.equal((await written(dir)).length, 1)
})

test('a call that comes in during the write stops it, no temp file left, and it is written whole in the next pause', async () => {
  const dir = await tempDir()
  // An answer of about 600 KB: more than one piece of the write.
  const big: EngineAnswer = { found: Array.from({ length: 3000 }, () => structuredClone(ANSWER.found[0]!)), sentences: ANSWER.sentences }
  const pauses: ((stirred: () => boolean) => void)[] = []
  const cache = new AnswerCache(dir, async () => 'build-1', { quiet: () => new Promise((resolve) => { pauses.push(resolve) }) })
  const key = 'e'.repeat(64)
  const put = cache.put(key, big)
  while (pauses.length < 1) await new Promise((resolve) => setImmediate(resolve))
  // The calls start again once the first piece is on its way.
  let asked = 0
  pauses[0]!(() => ++asked > 2)
  let settled = false
  void put.then(() => { settled = true })
  while (pauses.length < 2 && !settled) await new Promise((resolve) => setImmediate(resolve))
  assert.equal(pauses.length, 2, 'the write went on through the calls')
  assert.ok(asked > 2)
  assert.deepEqual(await readdir(join(dir, SUGGESTIONS_DIR)), [], 'nothing in place and no temp file while the calls go on')
  pauses[1]!(() => false)
  await put
  assert.deepEqual(await readdir(join(dir, SUGGESTIONS_DIR)), [`${key}.json`])
  assert.deepEqual(await cache.get(key), big)
})
