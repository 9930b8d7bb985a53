// One line telling the reader what just happened: polite for success,
// an alert for errors, so screen readers announce both.

// With an action, the line carries a button for it (the "Undo" after a
// delete); the next status replaces both.
export function showStatus(message: string, action?: { label: string; run: () => void }): void {
  const status = document.getElementById('status')
  if (!status) return
  status.textContent = message
  status.title = message
  if (action) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'status-action'
    button.textContent = action.label
    button.addEventListener('click', () => action.run(), { once: true })
    status.append(' ', button)
  }
}

export function showError(error: unknown): void {
  const alert = document.getElementById('error')
  const message = error instanceof Error ? error.message : String(error)
  if (alert) {
    alert.textContent = message
    alert.hidden = false
  }
  console.error(error)
}

export function clearError(): void {
  const alert = document.getElementById('error')
  if (alert) {
    alert.textContent = ''
    alert.hidden = true
  }
}

// Repairs the store made (a corrupt file moved aside, a backup restored):
// shown until the reader dismisses them, since they name files to look at.
// Asked twice (at once, and again after the first document is opened, which
// may repair its own file): a list already shown is not shown again, so a
// dismissed one stays dismissed.
let shown = ''

export function showNotices(notices: readonly string[]): void {
  const host = document.getElementById('notices')
  if (!host || notices.length === 0) return
  const key = JSON.stringify(notices)
  if (key === shown) return
  shown = key
  const list = document.createElement('ul')
  for (const notice of notices) {
    const item = document.createElement('li')
    item.textContent = notice
    list.append(item)
  }
  const dismiss = document.createElement('button')
  dismiss.type = 'button'
  dismiss.textContent = 'Dismiss'
  dismiss.addEventListener('click', () => { host.hidden = true })
  host.replaceChildren(list, dismiss)
  host.hidden = false
}
