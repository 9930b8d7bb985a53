// Which links Sourcemark will ever open: those the link policy keeps
// (absolute http, https and mailto). Anything else an article carries
// (javascript:, data:, file:, relative paths) is shown as text and never
// followed. What is opened is the address as the browser parses it.

import { keptHref } from '../shared/links/policy.ts'

export function openableUrl(raw: string | null | undefined): string | null {
  const kept = keptHref(raw)
  if (kept === null) return null
  try {
    return new URL(kept).href
  } catch {
    return null
  }
}
