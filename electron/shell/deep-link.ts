// sourcemark://open/<document>#<annotation>: a link to a place in the
// library, as the Markdown export writes it. The same scheme serves the
// app's own pages from the host "app" (shell/policy.ts); a link is only
// ever host "open", parsed strictly, and never loaded into the window.
// Anything else, including any sourcemark://app/ address, is refused.

import { AnnotationId } from '../../shared/model/annotation.ts'
import { DocumentId } from '../../shared/model/document.ts'
import { SCHEME } from './policy.ts'
import type { ShellCommand } from './commands.ts'

const LINK_HOST = 'open'
const MAX_LINK_CHARS = 300

export interface DeepLink {
  documentId: string
  annotationId: string | null
}

export function deepLinkFor(documentId: string, annotationId?: string): string {
  return `${SCHEME}://${LINK_HOST}/${documentId}${annotationId ? `#${annotationId}` : ''}`
}

export function isDeepLinkLike(arg: string): boolean {
  return arg.slice(0, SCHEME.length + 1).toLowerCase() === `${SCHEME}:`
}

// Checked on the raw text before URL parsing: no user info, port, query,
// percent-escapes or extra path segments can slip through normalisation.
const LINK = /^sourcemark:\/\/open\/([a-z0-9][a-z0-9-]{0,63})\/?(?:#([A-Za-z0-9_-]{8,64}))?$/

export function parseDeepLink(url: unknown): DeepLink | null {
  if (typeof url !== 'string' || url.length > MAX_LINK_CHARS) return null
  const match = LINK.exec(url)
  if (!match) return null
  const [, documentId, annotationId] = match
  if (!DocumentId.safeParse(documentId).success) return null
  if (annotationId !== undefined && !AnnotationId.safeParse(annotationId).success) return null
  return { documentId: documentId!, annotationId: annotationId ?? null }
}

// What the page is told to do for a link: open its document, then show its
// annotation; null for a link that is not one of ours.
export function deepLinkCommands(url: unknown): ShellCommand[] | null {
  const link = parseDeepLink(url)
  if (!link) return null
  const open: ShellCommand = { id: 'library.open', args: { documentId: link.documentId } }
  return link.annotationId ? [open, { id: 'annotation.reveal', args: { id: link.annotationId } }] : [open]
}
