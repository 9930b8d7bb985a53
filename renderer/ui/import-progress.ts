// While many articles are imported: how far it is (a progress bar, the
// count, the file being imported and the time left) and a Cancel button.
// Cancel stops the import on the server before its next file; the files
// read so far are saved whole.

import { h } from './dom.ts'

// How often the server is asked how far the import is.
const ASK_EVERY_MS = 250

export interface ImportProgress {
  update(line: string, done: number): void
  tick(): Promise<void>
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
    tick: () => new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS)),
    done: () => region.remove(),
  }
}
