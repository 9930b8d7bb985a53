// Commands on attribution suggestions: show or hide them, move through
// them, accept (as suggested, or edited: another source or relay, a shorter
// span), accept all from one source, reject, and open the edit form.
// Accepting and rejecting are each one step of the undo history.

import { acceptSuggestion, undoAccepted, type AcceptEdits, type Accepted } from '../../shared/api/accept-suggestion.ts'
import type { Suggestion } from '../../shared/model/suggestion.ts'
import type { Session } from '../session.ts'
import { reading, type Command, type CommandContext } from './command.ts'

// The suggestion named, else the one in focus.
const chosen = (ctx: CommandContext, key: string | undefined): Suggestion | null =>
  key === undefined ? ctx.suggestions.current : ctx.suggestions.list.find((s) => s.key === key) ?? null

const usable = (ctx: CommandContext) => reading(ctx) !== null && ctx.suggestions.shown && ctx.suggestions.documentId === reading(ctx)!.documentId

const toggle: Command = {
  id: 'suggestions.toggle',
  title: 'Show or hide suggestions',
  view: true,
  run: async (ctx) => ctx.suggestions.setShown(!ctx.suggestions.shown),
}

function move(id: string, title: string, by: 1 | -1): Command {
  return {
    id,
    title,
    view: true,
    enabled: (ctx) => usable(ctx) && ctx.suggestions.list.length > 0,
    run: async (ctx) => { ctx.suggestions.move(by) },
  }
}
const next = move('suggestions.next', 'Next suggestion', 1)
const previous = move('suggestions.previous', 'Previous suggestion', -1)

const select: Command<{ key: string }> = {
  id: 'suggestions.select',
  title: 'Show suggestion in the text',
  view: true,
  enabled: (ctx) => usable(ctx),
  run: async (ctx, { key }) => ctx.suggestions.select(key, true),
}

const edit: Command<{ key?: string } | undefined> = {
  id: 'suggestions.edit',
  title: 'Edit suggestion before accepting',
  view: true,
  enabled: (ctx, args) => usable(ctx) && chosen(ctx, args?.key) !== null,
  run: async (ctx, args) => {
    const suggestion = chosen(ctx, args?.key)
    if (!suggestion) return
    ctx.suggestions.edit(suggestion.key)
    // The claim's words, selected in the text: the reader may shorten them.
    ctx.reader.selectRange(suggestion.content.start, suggestion.content.end)
  },
}

// What an accept acts on, read when it was invoked.
interface Accepting {
  session: Session
  suggestions: Suggestion[]
  edits: AcceptEdits
}

interface AcceptArgs {
  key?: string
  // From the edit form: another source or relay (library ids).
  sourceId?: string
  via?: string[]
  // Take the words selected in the text as the claim's span.
  selected?: boolean
}

const accept: Command<AcceptArgs | undefined, Accepting> = {
  id: 'suggestions.accept',
  title: 'Accept suggestion',
  enabled: (ctx, args) => usable(ctx) && chosen(ctx, args?.key) !== null,
  prepare: (ctx, args) => {
    const target = args?.selected ? ctx.selection.take() : null
    const edits: AcceptEdits = {
      ...(args?.sourceId ? { sourceId: args.sourceId } : {}),
      ...(args?.via ? { via: args.via } : {}),
      ...(target ? { target } : {}),
    }
    return { session: reading(ctx)!, suggestions: [chosen(ctx, args?.key)!], edits }
  },
  run: (ctx, accepting) => acceptSteps(ctx, accepting),
}

// Every suggestion naming this source (as the list shows it), in one step.
const acceptAll: Command<{ source: string }, Accepting> = {
  id: 'suggestions.acceptAll',
  title: 'Accept all suggestions from a source',
  enabled: (ctx, { source }) => usable(ctx) && ctx.suggestions.list.some((s) => s.source === source),
  prepare: (ctx, { source }) => ({ session: reading(ctx)!, suggestions: ctx.suggestions.list.filter((s) => s.source === source), edits: {} }),
  run: (ctx, accepting) => acceptSteps(ctx, accepting),
}

async function acceptSteps(ctx: CommandContext, { session, suggestions, edits }: Accepting): Promise<string> {
  let done: Accepted[] = []
  const apply = async () => {
    done = []
    try {
      for (const s of suggestions) done.push(await acceptSuggestion(ctx.api, session.documentId, s, edits))
    } catch (error) {
      // Part of a batch failed: what was accepted is taken back, so the
      // step is all or nothing.
      await takeBack(ctx, session, done).catch(() => {})
      throw error
    }
    await settle(ctx, session, done, suggestions.map((s) => s.key))
  }
  await apply()
  ctx.history.record({
    documentId: session.documentId,
    undo: async () => { await takeBack(ctx, session, done); await ctx.suggestions.refresh() },
    redo: apply,
  })
  const first = suggestions[0]!
  const name = edits.sourceId ? session.sourceName(edits.sourceId) : first.source
  return suggestions.length === 1 ? `Claim attributed to ${name}.` : `${suggestions.length} claims attributed to ${name}.`
}

async function settle(ctx: CommandContext, session: Session, done: readonly Accepted[], keys: readonly string[]): Promise<void> {
  ctx.selection.clear()
  if (done.some((a) => a.addedSources.length > 0)) await session.reloadSources()
  ctx.suggestions.drop(keys)
  for (const a of done) session.adopt(a.annotation)
}

async function takeBack(ctx: CommandContext, session: Session, done: readonly Accepted[]): Promise<void> {
  for (const accepted of [...done].reverse()) {
    await undoAccepted(ctx.api, accepted)
    session.forget(accepted.annotation.id)
  }
  if (done.some((a) => a.addedSources.length > 0)) await session.reloadSources()
}

interface Rejecting { session: Session; suggestion: Suggestion }

const reject: Command<{ key?: string } | undefined, Rejecting> = {
  id: 'suggestions.reject',
  title: 'Reject suggestion',
  enabled: (ctx, args) => usable(ctx) && chosen(ctx, args?.key) !== null,
  prepare: (ctx, args) => ({ session: reading(ctx)!, suggestion: chosen(ctx, args?.key)! }),
  run: async (ctx, { session, suggestion }) => {
    const { documentId } = session
    const apply = async () => {
      await ctx.api.rejectSuggestion({ documentId, key: suggestion.key })
      ctx.suggestions.drop([suggestion.key])
    }
    await apply()
    ctx.history.record({
      documentId,
      undo: async () => {
        await ctx.api.unrejectSuggestion({ documentId, key: suggestion.key })
        await ctx.suggestions.refresh()
        ctx.suggestions.select(suggestion.key, true)
      },
      redo: apply,
    })
    return `Rejected: ${suggestion.source}${suggestion.via ? ` via ${suggestion.via}` : ''}.`
  },
}

export const suggestionCommands = [toggle, next, previous, select, edit, accept, acceptAll, reject]
