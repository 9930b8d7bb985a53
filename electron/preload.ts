// Sandboxed preload: exposes window.sourcemark, one async function per API
// method, each resolving to dispatch()'s Outcome ({ ok, value } or
// { ok: false, error: { code, message } }). The Outcome is passed through
// rather than thrown, since an Error crossing contextBridge loses its code;
// renderer/api-client.ts unwraps it. ipcRenderer itself is never exposed.
//
//   window.sourcemark: Record<MethodName, (input: unknown) => Promise<Outcome>>
//   window.sourcemarkShell.openExternal(url): a link the user confirmed, opened
//   in the system browser (main checks the scheme again)

import { contextBridge, ipcRenderer } from 'electron'
import { methodNames, type MethodName, type Outcome } from '../shared/api/contract.ts'

const bridge = {} as Record<MethodName, (input: unknown) => Promise<Outcome>>
for (const name of methodNames) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(`sourcemark:${name}`, input) as Promise<Outcome>
}

contextBridge.exposeInMainWorld('sourcemark', bridge)

contextBridge.exposeInMainWorld('sourcemarkShell', {
  openExternal: (url: string) => ipcRenderer.invoke('sourcemark-shell:openExternal', String(url)) as Promise<boolean>,
})
