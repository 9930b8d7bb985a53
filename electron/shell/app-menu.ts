// The application menu as a pure function of the platform, whether the
// build is packaged and which commands the page has. The app's own items
// send a command to the renderer (or, for imports, ask main for a native
// file dialog); the rest are Electron's roles. On macOS the first menu is
// the app's; elsewhere File/Edit/View/Window/Help.

import type { ShellCommand, ShellCommandId } from './commands.ts'
import { separator, type MenuItem } from './menu-item.ts'

export interface MenuActions {
  command(command: ShellCommand): void
  // Native open dialogs in main; the files then go the way of opened files.
  importArticles(): void
  importAnnotations(): void
}

export interface MenuState {
  platform: NodeJS.Platform
  isPackaged: boolean
  // Whether the page has this command (ids it does not know are disabled).
  available(id: ShellCommandId): boolean
  appName: string
}

export function appMenuTemplate(state: MenuState, actions: MenuActions): MenuItem[] {
  const mac = state.platform === 'darwin'
  const send = (command: ShellCommand, label: string, accelerator?: string): MenuItem => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    enabled: state.available(command.id),
    click: () => actions.command(command),
  })
  // Every Export item opens the Export dialog (as the app bar's Export…
  // does), with its format chosen, so what is written and where is said first.
  const exportAs = (format: 'md' | 'html' | 'jsonld' | 'csv', label: string, accelerator?: string) =>
    send({ id: 'file.exportDialog', args: { scope: 'document', format } }, label, accelerator)

  const file: MenuItem = {
    label: 'File',
    submenu: [
      { label: 'Import Article…', accelerator: 'CmdOrCtrl+O', click: () => actions.importArticles() },
      { label: 'Import Annotations…', enabled: state.available('file.importAnnotations'), click: () => actions.importAnnotations() },
      separator,
      exportAs('md', 'Export…', 'CmdOrCtrl+E'),
      {
        label: 'Export As',
        submenu: [
          exportAs('md', 'Markdown Notes…'),
          exportAs('html', 'Annotated Web Page…'),
          exportAs('jsonld', 'W3C Web Annotations…'),
          exportAs('csv', 'Spreadsheet (CSV)…'),
          separator,
          send({ id: 'file.exportDialog', args: { scope: 'library', format: 'md' } }, 'Whole Library as Markdown…'),
        ],
      },
      ...(mac ? [] : [separator, { role: 'quit' }]),
    ],
  }
  const edit: MenuItem = {
    label: 'Edit',
    submenu: [
      { role: 'undo' }, { role: 'redo' }, separator,
      { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' },
    ],
  }
  const view: MenuItem = {
    label: 'View',
    submenu: [
      send({ id: 'library.toggle' }, 'Library', 'CmdOrCtrl+L'),
      send({ id: 'search.focus' }, 'Search', 'CmdOrCtrl+Shift+F'),
      send({ id: 'reading.settings' }, 'Reading Settings…'),
      send({ id: 'suggestions.toggle' }, 'Suggestions On/Off'),
      separator,
      { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator,
      { role: 'togglefullscreen' },
      // Development only: a packaged build has no DevTools (shell/policy.ts).
      ...(state.isPackaged ? [] : [separator, { role: 'reload' }, { role: 'toggleDevTools' }]),
    ],
  }
  const window: MenuItem = {
    label: 'Window',
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  }
  const help: MenuItem = {
    label: 'Help',
    role: 'help',
    submenu: [
      send({ id: 'help.shortcuts' }, 'Keyboard Shortcuts'),
      ...(mac ? [] : [separator, { role: 'about' }]),
    ],
  }
  if (!mac) return [file, edit, view, window, help]
  const appMenu: MenuItem = {
    label: state.appName,
    submenu: [
      { role: 'about' }, separator, { role: 'services' }, separator,
      { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' },
    ],
  }
  return [appMenu, file, edit, view, window, help]
}
