// The services behind the API contract: one module per domain in
// services/, each a thin layer over the store (the only writer), composed
// here into the Api. Callers reach them only through dispatch(), which
// validates what comes in and goes out.

import type { Api } from '../shared/api/contract.ts'
import { Store } from './store/store.ts'
import type { WindowState } from './shell/window-state.ts'
import { loadSample } from './sample.ts'
import { ServiceContext } from './services/context.ts'
import { documentServices } from './services/documents.ts'
import { annotationServices } from './services/annotations.ts'
import { sourceServices } from './services/sources.ts'
import { libraryServices } from './services/library.ts'
import { transferServices } from './services/transfer.ts'
import { suggestionServices } from './services/suggestions.ts'
import { readingServices } from './settings-service.ts'

export interface ServiceOptions {
  dataDir: string
  resourcesDir: string
  // For the CLI while another Sourcemark owns the folder: reads work,
  // changes fail with a storage error, nothing on disk is touched.
  readOnly?: boolean
  // Why it is read-only, told to the user (see StoreOptions).
  readOnlyBecause?: string
  // The one-writer lock: every save first checks the folder is still ours.
  lock?: { check(): Promise<void> }
}

export async function openServices(options: ServiceOptions): Promise<Api> {
  return (await openShellServices(options)).api
}

// For the desktop shell: the Api, and the window's place in state.json
// (best-effort, like everything there; not part of the API, since the page
// has no business moving its window).
export interface ShellState {
  window(): WindowState | null
  saveWindow(state: WindowState): Promise<void>
}

export async function openShellServices(options: ServiceOptions): Promise<{ api: Api; shellState: ShellState }> {
  const store = await Store.open(options.dataDir, {
    readOnly: options.readOnly ?? false,
    ...(options.readOnlyBecause ? { readOnlyBecause: options.readOnlyBecause } : {}),
    ...(options.lock ? { guard: () => options.lock!.check() } : {}),
  })
  if (!store.library.data.sampleAdded && !store.readOnly) {
    const sample = await loadSample(options.resourcesDir)
    await store.addDocument(sample, { sample: true })
  }
  const ctx = new ServiceContext(store)
  const shellState: ShellState = {
    window: () => store.state.data.window ?? null,
    saveWindow: (state) => store.state.change({ window: state }),
  }
  const api: Api = {
    ...documentServices(ctx),
    ...annotationServices(ctx),
    ...sourceServices(ctx),
    ...libraryServices(ctx),
    ...transferServices(ctx),
    ...suggestionServices(ctx),
    ...readingServices(store.state),
  }
  return { api, shellState }
}
