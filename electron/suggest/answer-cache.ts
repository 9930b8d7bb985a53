// The engine's answers kept on disk as a cache, one file per text:
// suggestions/<key>.json in the data folder. Every start shows the document
// read last, and the reader asks for its suggestions at once: without this
// the engine's worker was started and run again on the same text each time
// (about half a second of CPU for a 10 KB article, seconds for a long one),
// competing with whatever the reader did next. The files name the engine
// build that made them (its worker script's stamp): an answer of another
// build, or one missing, cut short or damaged, is not used, and the engine
// runs as before. Files are written aside and renamed into place (a crash
// leaves a whole file or none); the newest MAX_FILES are kept. Deleting
// the folder loses nothing.

import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { EngineSuggestion } from './engine-protocol.ts'
import type { EngineAnswer } from './run-engine.ts'
import { writeAsideUnless } from '../write-aside.ts'
import type { Stirred } from '../quiet-queue.ts'

export const SUGGESTIONS_DIR = 'suggestions'
// A file per document read; a long document's answer is a few MB.
const MAX_FILES = 64
const FORMAT = 1
// Pauses a write may be stopped in before it is left (a reader at work).
const ATTEMPTS = 8
const never = () => false

const Range = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
const CachedAnswer = z.object({
  format: z.literal(FORMAT),
  engine: z.string(),
  key: z.string(),
  found: z.array(EngineSuggestion),
  sentences: z.array(Range),
})

export class AnswerCache {
  #dir: string
  #engine: () => Promise<string | null>
  #writable: boolean
  #max: number
  #quiet: () => Promise<Stirred | void>

  // engine: the build of the engine (null: none known, nothing cached);
  // writable false for a library opened read-only; quiet: resolves when a
  // write would delay nothing the user waits for, with what says the calls
  // started again (electron/quiet-queue.ts).
  constructor(dataDir: string, engine: () => Promise<string | null>, { writable = true, max = MAX_FILES, quiet = async () => {} }: { writable?: boolean; max?: number; quiet?: () => Promise<Stirred | void> } = {}) {
    this.#dir = join(dataDir, SUGGESTIONS_DIR)
    this.#engine = engine
    this.#writable = writable
    this.#max = max
    this.#quiet = quiet
  }

  // The answer kept for this text's key, when it is whole and of this build,
  // and its places lie within the text (length: its characters, when known).
  async get(key: string, length = Infinity): Promise<EngineAnswer | null> {
    const engine = await this.#engine()
    if (engine === null || !isKey(key)) return null
    let text: string
    try {
      text = await readFile(this.#file(key), 'utf8')
    } catch {
      return null
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return null
    }
    const answer = CachedAnswer.safeParse(parsed)
    if (!answer.success || answer.data.engine !== engine || answer.data.key !== key) return null
    const within = (r: { start: number; end: number }) => r.start <= r.end && r.end <= length
    if (!answer.data.sentences.every(within) || !answer.data.found.every((f) => within(f.content) && within(f.cue))) return null
    return { found: answer.data.found, sentences: answer.data.sentences }
  }

  // Keeps an answer, once the app is quiet: a long document's answer
  // arrives while the reader starts to mark it, and turning it into text
  // (tens of ms on the server's thread) and writing it delayed the first
  // save's answer. A call that comes in meanwhile stops it (the temp file
  // removed), and it waits for the next pause; after ATTEMPTS it is left
  // for another session. No fsync (write-aside.ts): the user's save, whose
  // flush may have to carry what else was written, never waits on it. A
  // failure to write is no failure of the answer.
  async put(key: string, answer: EngineAnswer): Promise<void> {
    const engine = await this.#engine()
    if (engine === null || !this.#writable || !isKey(key)) return
    let stirred = await this.#quiet()
    const text = JSON.stringify({ format: FORMAT, engine, key, found: answer.found, sentences: answer.sentences })
    try {
      await mkdir(this.#dir, { recursive: true })
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        if (attempt > 1 || stirred?.()) stirred = await this.#quiet()
        if (await writeAsideUnless(this.#file(key), text, stirred ?? never)) return await this.#prune()
      }
    } catch {
      // Kept next time, perhaps; the answer itself stands.
    }
  }

  // The oldest files go past the limit.
  async #prune(): Promise<void> {
    const names = (await readdir(this.#dir)).filter((n) => n.endsWith('.json'))
    if (names.length <= this.#max) return
    const aged = await Promise.all(names.map(async (name) => ({ name, at: (await stat(join(this.#dir, name)).catch(() => null))?.mtimeMs ?? 0 })))
    aged.sort((a, b) => a.at - b.at || (a.name < b.name ? -1 : 1))
    for (const { name } of aged.slice(0, aged.length - this.#max)) await rm(join(this.#dir, name), { force: true })
  }

  #file(key: string): string {
    return join(this.#dir, `${key}.json`)
  }
}

// Keys are hex digests (never user text in a file name).
function isKey(key: string): boolean {
  return /^[0-9a-f]{64}$/.test(key)
}

// The build of the engine: its worker script's size, modification time and
// inode, so a new build's answers are found anew. null when the script
// cannot be found (then nothing is cached).
export function engineStamp(script: string): () => Promise<string | null> {
  let stamp: Promise<string | null> | null = null
  return () => (stamp ??= stat(script, { bigint: true }).then((s) => `${s.size}:${s.mtimeNs}:${s.ino}`, () => null))
}
