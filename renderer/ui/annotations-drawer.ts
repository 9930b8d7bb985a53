// In narrow windows the annotations panel is a drawer over the text's right
// side (renderer/styles/reading.css); this button opens and closes it.
// Wide windows show the panel beside the text and hide the button.

import { h } from './dom.ts'

export class AnnotationsDrawer {
  readonly button: HTMLButtonElement

  constructor(toggle: () => void) {
    this.button = h('button', {
      type: 'button', class: 'panel-toggle', 'aria-controls': 'sidebar-host', 'aria-expanded': 'false', onclick: toggle,
    }, 'Annotations')
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.open && document.getElementById('sidebar-host')!.contains(event.target as Node)) this.toggle()
    })
  }

  get open(): boolean {
    return document.documentElement.dataset.panel === 'open'
  }

  toggle(): void {
    const open = !this.open
    if (open) document.documentElement.dataset.panel = 'open'
    else delete document.documentElement.dataset.panel
    this.button.setAttribute('aria-expanded', String(open))
    if (!open && document.getElementById('sidebar-host')!.contains(document.activeElement)) this.button.focus()
  }
}
