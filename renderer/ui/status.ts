// One line telling the reader what just happened: polite for success,
// an alert for errors, so screen readers announce both.

export function showStatus(message: string): void {
  const status = document.getElementById('status')
  if (status) status.textContent = message
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
