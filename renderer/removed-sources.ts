// The names of removed sources, so annotations that still name one show
// "Tass (removed)", never its id: remembered at once when the reader
// removes one, and read from the services (sources.json keeps them, so
// the names outlive a restart) whenever the sources are.

import type { Api } from '../shared/api/contract.ts'

const names = new Map<string, string>()

export function rememberRemoved(id: string, name: string): void {
  names.set(id, name)
}

export function removedName(id: string): string | undefined {
  return names.get(id)
}

export async function loadRemovedNames(api: Pick<Api, 'listRemovedSources'>): Promise<void> {
  for (const { id, name } of await api.listRemovedSources({})) names.set(id, name)
}
