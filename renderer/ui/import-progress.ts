// While many articles are imported: how far it is (a progress bar, the
// count, the file being imported and the time left) and a Cancel button.
// Cancel stops before the next file; the one being saved is finished.

import { h } from './dom.ts'

export interface ImportProgress {
  update(line: string, done: number): void
  done(): void
}

export function showImportProgress(total: number, cancel: () => void): ImportProgress {
  const bar = h('progress', { max: String(total), value: '0', 'aria-label': 'Articles imported' })
  const line = h('span', { class: 'import-progress-line' })
  const button = h('button', { type: 'button' }, 'Cancel import')
  const region = h('section', { class: 'import-progress', 'aria-label': 'Import progress' }, bar, line, button)
  button.addEventListener('click', () => {
    button.disabled = true
    line.textContent = 'Cancelling: the file being saved is finished first…'
    cancel()
  }, { once: true })
  document.getElementById('notices')?.after(region)
  return {
    update(text, done) {
      bar.value = done
      if (!button.disabled) line.textContent = text
    },
    done: () => region.remove(),
  }
}
