// Opens a URL in the user's browser, best effort: browser mode still works
// when this fails, because the URL is printed.

import { spawn } from 'node:child_process'

export function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
    : ['xdg-open', [url]]
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => {})
    child.unref()
  } catch {
    // No opener on this system; the printed URL is enough.
  }
}
