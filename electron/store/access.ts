// How a store touches its files: read with repair and write durably, or
// read as found and refuse every write (read-only mode). Shared by the
// parts of the store that open files (store.ts, library-open.ts).

import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { DurableJSONFile } from './durable-file.ts'
import { readRecovering, readWithoutRepair } from './recovery.ts'

export class StoreError extends Error {
  override name = 'StoreError'
}

export interface Access {
  readOnly: boolean
  read: typeof readRecovering
  adapter<T>(file: string, serialize?: (data: T) => string): Adapter<T>
  // Runs a write that is not a whole file's (a journal's append), after
  // the same check as every write; refused when read-only.
  writing<T>(task: () => Promise<T>): Promise<T>
}

export function readWrite(guard: (() => Promise<void>) | undefined): Access {
  return {
    readOnly: false,
    read: readRecovering,
    adapter: (file, serialize) => new DurableJSONFile(file, serialize, guard),
    writing: async (task) => {
      await guard?.()
      return task()
    },
  }
}

class ReadOnlyFile<T> implements Adapter<T> {
  readonly #because: string
  constructor(because: string) {
    this.#because = because
  }
  async read(): Promise<T | null> { return null }
  async write(): Promise<void> {
    throw new StoreError(`this data folder is open read-only, because ${this.#because}`)
  }
}

export function readOnly(because = 'another Sourcemark is using it'): Access {
  return {
    readOnly: true,
    read: readWithoutRepair,
    adapter: () => new ReadOnlyFile(because),
    writing: () => Promise.reject(new StoreError(`this data folder is open read-only, because ${because}`)),
  }
}

// Throws the reason recovery puts in its notice.
export function validated<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new StoreError(`not a valid Sourcemark file: ${issue?.path.join('.') || 'root'}: ${issue?.message}`)
  }
  return result.data
}
