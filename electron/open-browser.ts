// Opens a URL in the user's browser, best effort: browser mode still works
// when this fails, because the URL is printed. The opener's and the
// browser's command lines are visible to every user on the machine (ps), so
// the URL given here must hold nothing reusable: browser mode passes a
// one-time launch address, spent on first load.

import { spawn } from 'node:child_process'

// The program and arguments that open url on a platform.
export function openerCommand(url: string, platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]]
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
  return ['xdg-open', [url]]
}

export function openBrowser(url: string): void {
  const [command, args] = openerCommand(url, process.platform)
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => {})
    child.unref()
  } catch {
    // No opener on this system; the printed URL is enough.
  }
}
