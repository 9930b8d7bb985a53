// The names of sources removed while the app runs, so annotations that
// still name one show "Tass (removed)", never its id. (After a restart the
// name is gone with the source: they show "a removed source".)

const names = new Map<string, string>()

export function rememberRemoved(id: string, name: string): void {
  names.set(id, name)
}

export function removedName(id: string): string | undefined {
  return names.get(id)
}
