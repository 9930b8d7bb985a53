// Which file a sourcemark://app/ request is answered with, decided here
// without Electron so it can be tested; electron/main.ts serves it. Only
// files inside the renderer's folder, whatever the URL's path tries.

import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

const CONTENT_TYPES = new Map<string, string>([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
])

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES.get(extname(file).toLowerCase()) ?? 'application/octet-stream'
}

// The file a URL path names inside root, or undefined when it would leave
// root (encoded "..", backslashes, NUL) or cannot be decoded. "/" is
// index.html.
export function fileUnder(root: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const file = resolve(root, `.${decoded === '/' ? '/index.html' : decoded}`)
  const inside = relative(root, file)
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined
  return file
}
