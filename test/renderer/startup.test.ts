import { test } from 'node:test'
import assert from 'node:assert/strict'
import { libraryCommands } from '../../renderer/commands/library.ts'
import type { Command, CommandContext } from '../../renderer/commands/command.ts'
import { askStartup, type Startup } from '../../renderer/startup.ts'
import { ApiError, type Api } from '../../shared/api/contract.ts'

// An Api whose answers wait until the test lets each method go; it records
// the order the calls went out in.
function heldApi(answers: Record<string, () => unknown>) {
  const calls: string[] = []
  const gates = new Map<string, () => void>()
  const waits = new Map<string, Promise<void>>()
  const gate = (method: string) => {
    if (!waits.has(method)) waits.set(method, new Promise<void>((resolve) => gates.set(method, resolve)))
    return waits.get(method)!
  }
  const api = new Proxy({} as Api, {
    get: (_, method: string) => async () => {
      calls.push(method)
      await gate(method)
      const answer = answers[method]
      if (!answer) throw new Error(`no answer for ${method}`)
      return answer()
    },
  })
  const release = (...methods: string[]) => { for (const m of methods) { void gate(m); gates.get(m)!() } }
  return { api, calls, release }
}

const ARTICLE = { id: 'doc-a', meta: { title: 'A' }, blocks: [] }
const answers = {
  startupDocument: () => ({ documentId: 'doc-a' }),
  getDocument: () => ARTICLE,
  listAnnotations: () => [],
  listSources: () => [],
  listRemovedSources: () => [],
}
const tick = () => new Promise((resolve) => setTimeout(resolve))

// (The list's type is the union of every command's; this one takes its startup.)
const openStartup = libraryCommands.find((c) => c.id === 'library.openStartup') as unknown as Command<{ startup?: Promise<Startup> } | void>

function readerFake(documentId: string | null = null) {
  const opened: { id: string; fetched: unknown }[] = []
  let empty = 0
  const reader = {
    documentId,
    open: async (id: string, fetched?: Promise<unknown>) => { opened.push({ id, fetched: await fetched }) },
    showEmpty: () => { empty++ },
  }
  return { reader, opened, empty: () => empty }
}

const context = (api: Api, reader: ReturnType<typeof readerFake>['reader']) => ({ api, reader }) as unknown as CommandContext

test('the startup document is asked for at once, and its text, annotations and sources as soon as its id answers', async () => {
  const { api, calls, release } = heldApi(answers)
  const startup = askStartup(api)
  await tick()
  assert.deepEqual(calls, ['startupDocument'])
  release('startupDocument')
  await tick()
  // Nothing else was waited for: the four calls are out before any answers.
  assert.deepEqual(calls.slice(1).sort(), ['getDocument', 'listAnnotations', 'listRemovedSources', 'listSources'])
  release('getDocument', 'listAnnotations', 'listSources', 'listRemovedSources')
  const { reader, opened } = readerFake()
  await openStartup.run(context(api, reader), { startup })
  assert.equal(opened.length, 1)
  assert.equal(opened[0]!.id, 'doc-a')
  assert.deepEqual((opened[0]!.fetched as unknown[])[0], ARTICLE)
  // The command asked nothing again.
  assert.equal(calls.filter((c) => c === 'startupDocument').length, 1)
  assert.equal(calls.filter((c) => c === 'getDocument').length, 1)
})

test('an empty library (not-found) shows the empty state; any other failure is the command\'s', async () => {
  const empty = heldApi({ startupDocument: () => { throw new ApiError('not-found', 'No document.') } })
  empty.release('startupDocument')
  const fake = readerFake()
  await openStartup.run(context(empty.api, fake.reader), { startup: askStartup(empty.api) })
  assert.equal(fake.empty(), 1)
  assert.equal(fake.opened.length, 0)

  const broken = heldApi({ startupDocument: () => { throw new ApiError('storage', 'The disk is gone.') } })
  broken.release('startupDocument')
  await assert.rejects(openStartup.run(context(broken.api, readerFake().reader), { startup: askStartup(broken.api) }), /The disk is gone/)
})

test('a document opened first (a file dropped while starting) stays, and the unused answers fail quietly', async () => {
  const unhandled: unknown[] = []
  const onUnhandled = (reason: unknown) => { unhandled.push(reason) }
  process.on('unhandledRejection', onUnhandled)
  try {
    const { api, release } = heldApi({ ...answers, getDocument: () => { throw new ApiError('storage', 'unreadable') } })
    const startup: Promise<Startup> = askStartup(api)
    release('startupDocument', 'getDocument', 'listAnnotations', 'listSources', 'listRemovedSources')
    const fake = readerFake('dropped')
    await openStartup.run(context(api, fake.reader), { startup })
    await tick()
    await tick()
    assert.equal(fake.opened.length, 0)
    assert.deepEqual(unhandled, [])
  } finally {
    process.off('unhandledRejection', onUnhandled)
  }
})

test('without a startup asked already, the command asks for it itself', async () => {
  const { api, calls, release } = heldApi(answers)
  release('startupDocument', 'getDocument', 'listAnnotations', 'listSources', 'listRemovedSources')
  const fake = readerFake()
  await openStartup.run(context(api, fake.reader), undefined)
  assert.equal(fake.opened[0]?.id, 'doc-a')
  assert.equal(calls[0], 'startupDocument')
})
