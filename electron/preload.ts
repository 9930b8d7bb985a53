// Sandboxed preload: exposes window.sourcemark, one async function per API
// method, each resolving to dispatch()'s Outcome ({ ok, value } or
// { ok: false, error: { code, message } }). The Outcome is passed through
// rather than thrown, since an Error crossing contextBridge loses its code;
// renderer/api-client.ts unwraps it. ipcRenderer itself is never exposed.
//
//   window.sourcemark: Record<MethodName, (input: unknown) => Promise<Outcome>>
//   window.sourcemarkShell.openExternal(url): a link the user confirmed, opened
//   in the system browser (main checks the scheme again)
//   window.sourcemarkDesktop: the menus' commands (renderer/desktop-bridge.ts)
//     onCommand(listener): each command main sends that passes the check
//       (shell/commands.ts), as (id, args); anything else is dropped here
//     reportCommands(ids): the page's command ids; menus enable those
//     pointAt(annotationId | null): what is under a right click

// First: zod must be configured before any schema exists.
import './preload-zod.ts'
import { contextBridge, ipcRenderer } from 'electron'
import { methodNames, type MethodName, type Outcome } from '../shared/api/contract.ts'
import { COMMAND_CHANNEL, ShellCommand } from './shell/commands.ts'

const bridge = {} as Record<MethodName, (input: unknown) => Promise<Outcome>>
for (const name of methodNames) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(`sourcemark:${name}`, input) as Promise<Outcome>
}

contextBridge.exposeInMainWorld('sourcemark', bridge)

contextBridge.exposeInMainWorld('sourcemarkShell', {
  openExternal: (url: string) => ipcRenderer.invoke('sourcemark-shell:openExternal', String(url)) as Promise<boolean>,
})

let commandListener: ((id: string, args: unknown) => void) | null = null
ipcRenderer.on(COMMAND_CHANNEL, (_event, message: unknown) => {
  const command = ShellCommand.safeParse(message)
  if (!command.success || !commandListener) return
  commandListener(command.data.id, 'args' in command.data ? command.data.args : undefined)
})

contextBridge.exposeInMainWorld('sourcemarkDesktop', {
  // One listener: the page's bridge.
  onCommand: (listener: (id: string, args: unknown) => void) => {
    if (typeof listener === 'function') commandListener = listener
  },
  reportCommands: (ids: unknown) => ipcRenderer.invoke('sourcemark-shell:commands', ids) as Promise<boolean>,
  // Synchronous, so main has it before the context menu is asked for.
  pointAt: (annotationId: unknown) => void ipcRenderer.sendSync('sourcemark-shell:context', { annotationId: typeof annotationId === 'string' ? annotationId : null }),
})
