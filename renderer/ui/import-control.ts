// "Import annotations" in the app bar: a W3C Web Annotation or Hypothesis
// JSON file, read in the page and handed to the API, which anchors it onto
// the open document and says what it could not place.

import type { Api, Output } from '../../shared/api/contract.ts'
import { h } from './dom.ts'

const MAX_BYTES = 20 * 1024 * 1024

export function importControl(api: Api, documentId: () => string, act: (action: () => Promise<unknown>) => void, imported: (result: Output<'importAnnotations'>) => Promise<void>): HTMLElement {
  const input = h('input', { type: 'file', accept: '.json,.jsonld,application/json,application/ld+json', 'aria-label': 'Annotations file', hidden: true }) as HTMLInputElement
  input.addEventListener('change', () => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    act(async () => {
      if (file.size > MAX_BYTES) throw new Error(`${file.name} is larger than 20 MB.`)
      let data: unknown
      try {
        data = JSON.parse(await file.text())
      } catch {
        throw new Error(`${file.name} is not a JSON file.`)
      }
      await imported(await api.importAnnotations({ documentId: documentId(), data }))
    })
  })
  return h('div', { class: 'import-control' }, input,
    h('button', { type: 'button', onclick: () => input.click() }, 'Import annotations'))
}

export function describeImport(result: Output<'importAnnotations'>): string {
  const parts = [`Imported ${result.imported} annotation${result.imported === 1 ? '' : 's'}.`]
  if (result.alreadyPresent) parts.push(`${result.alreadyPresent} were already here.`)
  if (result.orphans.length) parts.push(`${result.orphans.length} could not be placed: their text is not in this article.`)
  if (result.unknownSources.length) parts.push(`Tags that match no source: ${result.unknownSources.join(', ')}.`)
  return parts.join(' ')
}
