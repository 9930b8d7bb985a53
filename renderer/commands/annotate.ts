// Commands on the article's annotations: mark the selected text as a
// highlight or a claim (or change the current annotation's kind), tag a
// source, select, reveal, note and delete. The selected text and the session
// are read when the command is invoked; the current annotation when it runs,
// so "c" then "2" tags the claim that "c" made.

import type { AnnotationKind, Target } from '../../shared/model/annotation.ts'
import type { Session } from '../session.ts'
import { reading, type Command, type CommandContext } from './command.ts'

// What a mark acts on, read when it was invoked.
interface Marking {
  session: Session
  target: Target | null
  sourceId?: string
}

function mark(id: string, title: string, kind: AnnotationKind): Command<void, Marking> {
  return {
    id,
    title,
    enabled: (ctx) => reading(ctx) !== null,
    prepare: (ctx) => ({ session: reading(ctx)!, target: ctx.selection.take() }),
    run: (ctx, marking) => markOrChange(ctx, marking, kind),
  }
}

async function markOrChange(ctx: CommandContext, { session, target, sourceId }: Marking, kind: AnnotationKind): Promise<string | void> {
  const sources = sourceId ? [sourceId] : []
  if (target) {
    try {
      await session.create(kind, target, sources)
    } catch (error) {
      // Shown before it was saved, then taken off: the text is selected
      // again, so the claim is not lost with the error.
      if (ctx.reader.session === session) ctx.selection.restore(target)
      throw error
    }
    return `${kind === 'claim' ? 'Claim' : 'Highlight'} saved.`
  }
  const current = session.currentAnnotation()
  if (!current) return
  if (sourceId) await session.toggleSource(current.id, sourceId)
  else await session.update(current.id, { kind })
  return 'Saved.'
}

const markHighlight = mark('annotation.markHighlight', 'Mark as highlight', 'highlight')
const markClaim = mark('annotation.markClaim', 'Mark as claim', 'claim')

// The source by id (toolbar) or by its place in the list, from 0 (keys 1-9).
interface SourceChoice { sourceId?: string; index?: number }
const sourceFor = (ctx: CommandContext, args: SourceChoice) =>
  args.sourceId ?? reading(ctx)?.sources[args.index ?? -1]?.id

// With text selected: a claim from that source. Else the source is toggled
// on the current annotation.
const tagSource: Command<SourceChoice, Marking> = {
  id: 'annotation.tagSource',
  title: 'Attribute to source',
  enabled: (ctx, args) => reading(ctx) !== null && sourceFor(ctx, args) !== undefined,
  prepare: (ctx, args) => ({ session: reading(ctx)!, target: ctx.selection.take(), sourceId: sourceFor(ctx, args)! }),
  run: (ctx, marking) => markOrChange(ctx, marking, 'claim'),
}

// Moves to the toolbar's source picker: type a few letters, Enter.
const pickSource: Command = {
  id: 'annotation.pickSource',
  title: 'Find a source',
  view: true,
  enabled: (ctx) => reading(ctx) !== null,
  run: async (ctx) => ctx.ui.pickSource(),
}

// The given annotation, else the current one.
const chosen = (ctx: CommandContext, args: { id?: string } | undefined) => args?.id ?? reading(ctx)?.current ?? null

const select: Command<{ id: string | null }> = {
  id: 'annotation.select',
  title: 'Select annotation',
  view: true,
  enabled: (ctx) => ctx.reader.session !== null,
  run: async (ctx, { id }) => { ctx.reader.session?.select(id) },
}

// Selects an annotation and scrolls its text into view (the sidebar's items).
const reveal: Command<{ id: string }> = {
  id: 'annotation.reveal',
  title: 'Show annotation in the text',
  view: true,
  enabled: (ctx) => ctx.reader.session !== null,
  run: async (ctx, { id }) => {
    const session = ctx.reader.session
    session?.select(id)
    ctx.reader.reveal(session?.idOf(id) ?? id)
  },
}

// The next (step 1) or previous (step -1) annotation in the text after the
// current one; from none selected, the first or the last.
function step(id: string, title: string, by: 1 | -1, edge: string): Command {
  return {
    id,
    title,
    view: true,
    enabled: (ctx) => reading(ctx) !== null,
    run: async (ctx) => {
      const session = reading(ctx)
      const order = ctx.reader.readingOrder()
      if (!session || order.length === 0) return
      const at = session.current ? order.indexOf(session.current) : -1
      const next = at === -1 ? order.at(by === 1 ? 0 : -1) : order[at + by]
      if (next === undefined) return ctx.ui.status(edge)
      ctx.selection.clear()
      session.select(next)
      ctx.reader.reveal(next)
    },
  }
}

const next = step('annotation.next', 'Next annotation', 1, 'That was the last annotation.')
const previous = step('annotation.previous', 'Previous annotation', -1, 'That was the first annotation.')

const editNote: Command<{ id?: string } | undefined> = {
  id: 'annotation.editNote',
  title: 'Edit note',
  view: true,
  enabled: (ctx, args) => chosen(ctx, args) !== null,
  run: async (ctx, args) => {
    const id = chosen(ctx, args)
    if (id) ctx.ui.editNote(id)
  },
}

const saveNote: Command<{ id: string; note: string }> = {
  id: 'annotation.saveNote',
  title: 'Save note',
  enabled: (ctx) => ctx.reader.session !== null,
  run: async (ctx, { id, note }) => {
    await ctx.reader.session?.update(id, { note })
    return 'Note saved.'
  },
}

// The session is taken when invoked; the current annotation when it runs.
const remove: Command<{ id?: string } | undefined, { id?: string; session: Session }> = {
  id: 'annotation.delete',
  title: 'Delete annotation',
  enabled: (ctx, args) => chosen(ctx, args) !== null,
  prepare: (ctx, args) => ({ id: args?.id, session: ctx.reader.session! }),
  run: async (_, { id, session }) => {
    const chosenId = id ?? session.current
    if (!chosenId) return
    await session.remove(chosenId)
    return 'Deleted.'
  },
}

export const annotateCommands = [markHighlight, markClaim, tagSource, pickSource, select, reveal, next, previous, editNote, saveNote, remove]
