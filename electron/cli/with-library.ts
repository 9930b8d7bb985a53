// The library as the CLI's commands use it: opened through the same
// services and dispatch as the app's, with the one-writer lock held.

import { join } from 'node:path'
import type { Api } from '../../shared/api/contract.ts'
import { findAppRoot } from '../app-root.ts'
import { throughDispatch } from '../dispatch.ts'
import { openServices, type ServiceOptions } from '../services.ts'
import { LockError } from '../store/lock.ts'
import { onStoreNotice } from '../store/notices.ts'
import { takeFolder } from '../store/take-folder.ts'
import { complain } from './messages.ts'

// The library as the app sees it, with the one-writer lock held meanwhile.
// Commands that only read (list, export) still work while the app has the
// folder, or on a folder that cannot be written: they open it read-only and
// change nothing on disk.
export async function withLibrary<T>(dataDir: string, use: (api: Api) => Promise<T>, { readsOnly = false } = {}): Promise<T> {
  const resourcesDir = join(findAppRoot(), 'resources')
  onStoreNotice((notice) => complain(notice))
  let taken
  try {
    taken = await takeFolder(dataDir)
  } catch (error) {
    if (!(error instanceof LockError) || !readsOnly) throw error
    complain(error.pid === null ? `${error.message} Reading it without changing anything.` : `another Sourcemark (pid ${error.pid}) is using ${dataDir}; reading it without changing anything.`)
    return use(await openClient({ dataDir, resourcesDir, readOnly: true }))
  }
  const { lock, readOnlyBecause } = taken
  if (!lock) {
    if (!readsOnly) throw new Error(`nothing can be changed in ${dataDir}, because ${readOnlyBecause}.`)
    return use(await openClient({ dataDir, resourcesDir, readOnly: true, readOnlyBecause }))
  }
  try {
    return await use(await openClient({ dataDir, resourcesDir, lock }))
  } finally {
    await lock.release()
  }
}

// The CLI is a client like the app's windows: every call goes through
// dispatch, so its input is checked and its errors are the API's, in words.
async function openClient(options: ServiceOptions): Promise<Api> {
  return throughDispatch(await openServices(options))
}
