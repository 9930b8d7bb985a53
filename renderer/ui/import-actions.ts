// Articles come in three ways: "Import article…" (a file picker), files
// dropped anywhere on the window, and a paste (Ctrl/Cmd+V) while no field
// has the focus. Each file's bytes go to importDocument as base64; the
// service decides what the file is. The same file again asks whether to
// open the copy already there or keep a second one. When the service is not
// sure it found the article in a web page, the status says why and offers
// to import the whole page in place of what was found.

import { MAX_IMPORT_BYTES, type Api, type DocumentSummary } from '../../shared/api/contract.ts'
import { bytesToBase64 } from '../base64.ts'
import { ask } from './dialog.ts'
import { h } from './dom.ts'
import { showError, showStatus } from './status.ts'

export const ARTICLE_TYPES = '.txt,.md,.markdown,.html,.htm,.mhtml,.mht,text/plain,text/markdown,text/html,multipart/related,message/rfc822'

type Outcome = { summary: DocumentSummary; created: boolean; unsure?: string; assumedEncoding?: string; file: File; contentBase64: string } | null

// Imports `files` in order and opens the last one imported (or chosen).
// What happened to each is said in the status; failures are thrown together
// at the end so the error line names every file that did not import.
export async function importArticles(api: Api, files: readonly File[], open: (documentId: string) => Promise<unknown>): Promise<void> {
  const done: string[] = []
  const failed: string[] = []
  let last: string | null = null
  let doubted: Outcome = null
  for (const file of files) {
    try {
      const outcome = await importOne(api, file)
      if (!outcome) {
        done.push(`${file.name} not imported.`)
        continue
      }
      last = outcome.summary.id
      const title = `“${outcome.summary.meta.title}”`
      done.push(outcome.created ? `Imported ${title}.` : `Opened ${title}, already in the library.`)
      if (outcome.assumedEncoding) done.push(`It does not say how its text is encoded; read as ${outcome.assumedEncoding}.`)
      if (outcome.unsure) {
        done.push(outcome.unsure)
        doubted = outcome
      }
    } catch (error) {
      // The services' messages name the file already ("x.txt: The file is empty.").
      const message = error instanceof Error ? error.message : String(error)
      failed.push(message.includes(file.name) ? message : `${file.name}: ${message}`)
    }
  }
  if (last) await open(last)
  const whole = doubted
  if (done.length) showStatus(done.join(' '), whole ? { label: 'Import the whole page', run: () => void importWholePage(api, whole, open) } : undefined)
  if (failed.length) throw new Error(failed.join(' '))
}

// The whole page replaces what was found; the found part goes to the trash.
async function importWholePage(api: Api, doubted: NonNullable<Outcome>, open: (documentId: string) => Promise<unknown>): Promise<void> {
  const result = await api.importDocument({ fileName: doubted.file.name, contentBase64: doubted.contentBase64, duplicate: 'keep', wholePage: true })
  if (result.status !== 'created') throw new Error(`${doubted.file.name}: the whole page was not imported.`)
  await api.deleteDocument({ documentId: doubted.summary.id })
  await open(result.document.id)
  showStatus(`Imported the whole page of “${result.document.meta.title}”.`)
}

async function importOne(api: Api, file: File): Promise<Outcome> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name} is larger than 20 MB.`)
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
  const first = await api.importDocument({ fileName: file.name, contentBase64 })
  if (first.status === 'created') return { summary: first.document, created: true, file, contentBase64, ...notes(first) }
  const choice = await ask({
    title: 'Already in your library',
    message: `You already have “${first.existing.meta.title}”. Open it, or keep a second copy?`,
    choices: [
      { value: 'open', label: 'Open existing' },
      { value: 'keep', label: 'Keep both' },
      { value: 'cancel', label: 'Cancel' },
    ],
    cancel: 'cancel',
    initial: 'open',
  })
  if (choice === 'cancel') return null
  if (choice === 'open') return { summary: first.existing, created: false, file, contentBase64 }
  const second = await api.importDocument({ fileName: file.name, contentBase64, duplicate: 'keep' })
  if (second.status !== 'created') throw new Error(`${file.name}: the second copy was not kept.`)
  return { summary: second.document, created: true, file, contentBase64, ...notes(second) }
}

function notes(result: { unsure?: string; assumedEncoding?: string }): { unsure?: string; assumedEncoding?: string } {
  return { ...(result.unsure ? { unsure: result.unsure } : {}), ...(result.assumedEncoding ? { assumedEncoding: result.assumedEncoding } : {}) }
}

// The "Import article…" button and its file input; choose() opens the
// same picker from elsewhere (the empty library's button).
export function importArticleButton(chosen: (files: File[]) => void): { element: HTMLElement; choose(): void } {
  const input = h('input', { type: 'file', multiple: true, accept: ARTICLE_TYPES, 'aria-label': 'Article files', hidden: true }) as HTMLInputElement
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])]
    input.value = ''
    if (files.length) chosen(files)
  })
  const element = h('div', { class: 'import-article' }, input,
    h('button', { type: 'button', title: 'Import a text, Markdown, HTML or MHTML file. You can also drop files on the window or paste an article.', onclick: () => input.click() }, 'Import article…'))
  return { element, choose: () => input.click() }
}

// Files dropped anywhere on the window. Without this a dropped file would
// replace the page.
export function acceptDroppedFiles(dropped: (files: File[]) => void): void {
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false
  window.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    event.dataTransfer!.dropEffect = 'copy'
    document.body.classList.add('dropping')
  })
  window.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) document.body.classList.remove('dropping')
  })
  window.addEventListener('drop', (event) => {
    document.body.classList.remove('dropping')
    if (!carriesFiles(event)) return
    event.preventDefault()
    const files = [...(event.dataTransfer?.files ?? [])]
    if (files.length) dropped(files)
  })
}

// A paste while no field has the focus becomes an article: copied files as
// they are, else the copied HTML, else the plain text.
export function acceptPastedArticles(pasted: (files: File[]) => void): void {
  document.addEventListener('paste', (event) => {
    const target = event.target instanceof Element ? event.target : null
    if (event.defaultPrevented || target?.closest('input, textarea, select, dialog, [contenteditable="true"]')) return
    const files = pastedFiles(event.clipboardData)
    if (!files.length) return
    event.preventDefault()
    pasted(files)
  })
}

export function pastedFiles(data: DataTransfer | null): File[] {
  if (!data) return []
  if (data.files.length) return [...data.files]
  const html = data.getData('text/html')
  if (html.trim()) return [new File([html], 'Pasted article.html', { type: 'text/html' })]
  const text = data.getData('text/plain')
  if (text.trim()) return [new File([text], 'Pasted article.txt', { type: 'text/plain' })]
  return []
}
