// state.json: how the app was left (the last opened document; later the
// reading position, window and settings). It is not the library: reading a
// document records it here, never in library.json. Written best-effort: a
// write that fails is not reported and fails nothing, and a state.json
// that cannot be read is replaced (nothing in it is the user's work).

import { join } from 'node:path'
import { DurableJSONFile, parseJSON, readText } from './durable-file.ts'
import { STATE_VERSION, StateFile } from './files.ts'
import { defaultSettings } from '../../shared/model/reading.ts'

export class AppState {
  #data: StateFile
  readonly #file: DurableJSONFile<StateFile> | null
  #queue: Promise<void> = Promise.resolve()

  private constructor(data: StateFile, file: DurableJSONFile<StateFile> | null) {
    this.#data = data
    this.#file = file
  }

  // writable: false keeps the state in memory only (a read-only store).
  // fallback: the state older libraries kept in library.json.
  // guard: the store's check that the folder is still ours, before each write.
  static async open(dir: string, { writable, fallback, guard }: { writable: boolean; fallback: StateFile | null; guard?: (() => Promise<void>) | undefined }): Promise<AppState> {
    const file = join(dir, 'state.json')
    const read = await readState(file)
    const state = new AppState(read ?? fallback ?? emptyState(), writable ? new DurableJSONFile<StateFile>(file, undefined, guard) : null)
    if (!read && fallback) await state.#save()
    return state
  }

  get data(): StateFile {
    return this.#data
  }

  // Best-effort: resolves once written or given up on, never rejects.
  change(edit: Partial<StateFile>): Promise<void> {
    this.#data = { ...this.#data, ...edit }
    return this.#save()
  }

  // Resolves once every change asked for so far was written or given up on.
  settled(): Promise<void> {
    return this.#queue
  }

  #save(): Promise<void> {
    const file = this.#file
    if (!file) return Promise.resolve()
    const data = this.#data
    this.#queue = this.#queue.then(() => file.write(data)).catch(() => {})
    return this.#queue
  }
}

export function emptyState(): StateFile {
  return { version: STATE_VERSION, lastOpened: null, settings: defaultSettings, positions: [] }
}

async function readState(file: string): Promise<StateFile | null> {
  try {
    const text = await readText(file)
    if (text === null) return null
    const parsed = StateFile.safeParse(parseJSON(text, file))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
