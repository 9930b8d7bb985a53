// The desktop shell's side of the page: the application and context menus
// send command ids (already checked by the preload), and the runner runs
// them as a key or button would. In browser mode there is no shell and
// this does nothing. The page tells the shell which commands it has, so the
// menus enable only those, and what a right click is on.

interface DesktopShell {
  onCommand(listener: (id: string, args: unknown) => void): void
  reportCommands(ids: string[]): Promise<boolean>
  pointAt(annotationId: string | null): void
}

interface Runner {
  list(): readonly { id: string }[]
  run(id: string, args?: unknown): Promise<boolean>
}

// The bridge's own: search the library for given words.
const SEARCH_TEXT = 'search.text'

export function connectDesktop(runner: Runner): void {
  const shell = (window as unknown as { sourcemarkDesktop?: DesktopShell }).sourcemarkDesktop
  if (!shell) return
  const ids = runner.list().map((command) => command.id)
  shell.onCommand((id, args) => void runCommand(runner, id, args))
  document.addEventListener('contextmenu', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark[data-annotation-id]') : null
    shell.pointAt(mark?.getAttribute('data-annotation-id') ?? null)
  }, true)
  void shell.reportCommands(ids.includes('search.focus') ? [...ids, SEARCH_TEXT] : ids)
}

async function runCommand(runner: Runner, id: string, args: unknown): Promise<void> {
  if (id === SEARCH_TEXT) {
    const query = (args as { query: string }).query
    if (!(await runner.run('search.focus'))) return
    const field = document.querySelector<HTMLInputElement>('form[role="search"] input')
    if (!field) return
    field.value = query
    field.dispatchEvent(new Event('input', { bubbles: true }))
    return
  }
  if (id === 'file.importAnnotations') {
    // The shell read the file the user chose; the page's command takes a File.
    const { name, text } = args as { name: string; text: string }
    await runner.run(id, { file: new File([text], name, { type: 'application/json' }) })
    return
  }
  await runner.run(id, args)
}
