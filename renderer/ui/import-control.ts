// "Import annotations" in the app bar: a W3C Web Annotation or Hypothesis
// JSON file, handed to the file.importAnnotations command, which anchors it
// onto the open document.

import { h } from './dom.ts'

export function importControl(chosen: (file: File) => void): HTMLElement {
  const input = h('input', { type: 'file', accept: '.json,.jsonld,application/json,application/ld+json', 'aria-label': 'Annotations file', hidden: true })
  input.addEventListener('change', () => {
    const file = input.files?.[0]
    input.value = ''
    if (file) chosen(file)
  })
  return h('div', { class: 'import-control' }, input,
    h('button', { type: 'button', onclick: () => input.click() }, 'Import annotations'))
}
