// An annotation's tags to source ids: by the id Sourcemark writes, else by
// name or alias; a relay's tag ("via Xinhua") to the relay's.

import type { Source } from '../model/source.ts'
import { VIA_PREFIX } from './export.ts'
import type { Tag } from './import-candidate.ts'
import { SOURCE_URN, VIA_URN } from './import-shapes.ts'

export function sourceResolver(sources: readonly Source[]): (tag: Tag) => string | undefined {
  const ids = new Set(sources.map((s) => s.id))
  const byName = new Map<string, string>()
  for (const s of sources) for (const name of [s.name, ...s.aliases]) {
    const key = name.trim().toLowerCase()
    if (!byName.has(key)) byName.set(key, s.id)
  }
  return (tag) => {
    const urn = tag.id?.startsWith(SOURCE_URN) ? SOURCE_URN : tag.id?.startsWith(VIA_URN) ? VIA_URN : null
    if (urn) {
      // The stable id; what follows "#" only tells names apart.
      const id = tag.id!.slice(urn.length).replace(/#.*$/s, '')
      if (ids.has(id)) return id
    }
    return byName.get(tag.value.trim().toLowerCase())
  }
}

// A relay's tag: "via Xinhua" (any case), or a body in the relay role. Its
// name without the "via ".
export function relayTag(tag: Tag): Tag | null {
  const value = tag.value.trim()
  const hasPrefix = value.toLowerCase().startsWith(VIA_PREFIX) && value.length > VIA_PREFIX.length
  if (!tag.id?.startsWith(VIA_URN) && !hasPrefix) return null
  const name = hasPrefix ? value.slice(VIA_PREFIX.length).trim() : value
  return { ...(tag.id !== undefined ? { id: tag.id } : {}), value: name }
}
