// A modal question with a few answers, as a <dialog>: focus moves into it,
// Tab stays inside, Escape answers with the cancel choice. The dialog is
// named by its heading so it can be found by role and name.

import { h } from './dom.ts'

export interface Question<T extends string> {
  title: string
  message: string
  // tone: the main answer (primary) or one that destroys (destructive) looks it.
  choices: readonly { value: T; label: string; tone?: 'primary' | 'destructive' }[]
  // What Escape (or closing the dialog any other way) answers.
  cancel: T
  // The button that has the focus first.
  initial?: T
}

let serial = 0

export function ask<T extends string>(question: Question<T>): Promise<T> {
  const id = `question-${++serial}`
  return new Promise((resolve) => {
    let answer: T = question.cancel
    const buttons = question.choices.map((choice) => h('button', {
      type: 'button',
      class: choice.tone,
      onclick: () => { answer = choice.value; dialog.close() },
    }, choice.label))
    const dialog = h('dialog', { class: 'question', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-message` },
      h('h2', { id: `${id}-title` }, question.title),
      h('p', { id: `${id}-message`, class: 'question-message' }, question.message),
      h('div', { class: 'dialog-actions' }, buttons))
    dialog.addEventListener('close', () => {
      dialog.remove()
      resolve(answer)
    })
    document.body.append(dialog)
    dialog.showModal()
    const first = question.choices.findIndex((c) => c.value === question.initial)
    buttons[Math.max(0, first)]?.focus()
  })
}
