// Articles come in three ways: "Import article…" (a file picker, offered by
// the Import dialog and the empty library), files
// dropped anywhere on the window, and a paste (Ctrl/Cmd+V) while no field
// has the focus. Each hands its files to the library.importArticles command
// (renderer/commands/import-articles.ts).

import { h } from './dom.ts'

const ARTICLE_TYPES = '.txt,.md,.markdown,.html,.htm,.mhtml,.mht,text/plain,text/markdown,text/html,multipart/related,message/rfc822'

const ANNOTATION_TYPES = '.json,.jsonld,application/json,application/ld+json'

export interface FilePicker { input: HTMLInputElement; choose(): void }

// A hidden file input: choose() opens the system's picker, the chosen files
// go to `chosen`. It stays in the page so tests can hand it files.
function picker(label: string, accept: string, multiple: boolean, chosen: (files: File[]) => void): FilePicker {
  const input = h('input', { type: 'file', multiple, accept, 'aria-label': label, hidden: true })
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])]
    input.value = ''
    if (files.length) chosen(files)
  })
  return { input, choose: () => input.click() }
}

// Text, Markdown, HTML or MHTML files, to the library.
export function articlePicker(chosen: (files: File[]) => void): FilePicker {
  return picker('Article files', ARTICLE_TYPES, true, chosen)
}

// A W3C Web Annotation or Hypothesis JSON file, onto the open document.
export function annotationsPicker(chosen: (file: File) => void): FilePicker {
  return picker('Annotations file', ANNOTATION_TYPES, false, (files) => chosen(files[0]!))
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

function pastedFiles(data: DataTransfer | null): File[] {
  if (!data) return []
  if (data.files.length) return [...data.files]
  const html = data.getData('text/html')
  if (html.trim()) return [new File([html], 'Pasted article.html', { type: 'text/html' })]
  const text = data.getData('text/plain')
  if (text.trim()) return [new File([text], 'Pasted article.txt', { type: 'text/plain' })]
  return []
}
