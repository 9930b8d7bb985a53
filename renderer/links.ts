// Which links Sourcemark will ever open: absolute http, https and mailto
// addresses. Anything else an article carries (javascript:, data:, file:,
// relative paths) is shown as text and never followed.

const OPENABLE = new Set(['http:', 'https:', 'mailto:'])

export function openableUrl(raw: string | null | undefined): string | null {
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  return OPENABLE.has(url.protocol) ? url.href : null
}
