// What the desktop shell allows, decided here without Electron so it can be
// tested; electron/main.ts only wires these answers to Electron's events.
// The window may show only the app's own pages, gets no device or other
// permission, and in a packaged build has no DevTools: on a user's machine
// they would be a console into a page that holds their library.

import { keptHref } from '../../shared/links/policy.ts'

export const SCHEME = 'sourcemark'
export const HOST = 'app'
export const START_URL = `${SCHEME}://${HOST}/index.html`
// The page's paper (--paper in renderer/styles.css), so the window never
// flashes white before the page paints.
export const WINDOW_BACKGROUND = '#fdfcf9'

// Compared by parts: WHATWG URL gives custom schemes the origin "null".
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${SCHEME}:` && parsed.host === HOST
  } catch {
    return false
  }
}

// The one rule for every navigation, of the window or of any frame in it,
// and for redirects: only to the app itself.
export function mayNavigate(url: string): boolean {
  return isAppUrl(url)
}

// Requests the window's session lets through: the app's pages, DevTools,
// and the page's own data (exports are saved from blob: URLs).
const ALLOWED_REQUEST_SCHEMES = new Set([`${SCHEME}:`, 'devtools:', 'data:', 'blob:'])

export function isAllowedRequest(url: string): boolean {
  return ALLOWED_REQUEST_SCHEMES.has(url.slice(0, url.indexOf(':') + 1))
}

// Only our own page in our own window may call the services: the sender is
// the window's contents (fromWindow) and its frame is at an app address.
export function isTrustedSender(fromWindow: boolean, frameUrl: string | null): boolean {
  return fromWindow && frameUrl !== null && isAppUrl(frameUrl)
}

// Links in articles, after the user confirmed in the page. Only web and
// mail links: anything else could start a local program.
// The link policy decides, and the address must parse as a URL.
export function isOpenableLink(url: unknown): url is string {
  if (typeof url !== 'string' || keptHref(url) === null) return false
  try {
    return Boolean(new URL(url))
  } catch {
    return false
  }
}

export interface WindowPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  webSecurity: true
  spellcheck: false
  devTools: boolean
}

export function windowPreferences(preload: string, packaged: boolean): WindowPreferences {
  return { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false, devTools: !packaged }
}

export interface KeyInput { type: string; key: string; control: boolean; meta: boolean; alt: boolean; shift: boolean }

// F12, Ctrl+Shift+I/J/C (Cmd+Alt+I/J/C on macOS): the keys that open
// DevTools, swallowed in a packaged build.
export function isDevToolsShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false
  if (input.key === 'F12') return true
  const key = input.key.toLowerCase()
  if (!['i', 'j', 'c'].includes(key)) return false
  return (input.control && input.shift && !input.meta) || (input.meta && input.alt)
}
