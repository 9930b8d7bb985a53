// Which Chromium drives browser-mode tests: $SOURCEMARK_CHROMIUM, else
// Debian's /usr/bin/chromium. Playwright's own browser download is never
// used (it cannot be fetched here).

import { existsSync } from 'node:fs'

export function chromiumPath(): string | undefined {
  const chosen = process.env.SOURCEMARK_CHROMIUM
  if (chosen) return chosen
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}
