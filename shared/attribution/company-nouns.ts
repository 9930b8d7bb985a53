// A capitalised word that is likely a place merely named, for the role-noun
// choice (role-antecedents.ts), which replaced the firm rule kept here.

import type { Entity } from './entity.ts'
import { kindOfName } from './kinds.ts'

// One capitalised word the article never calls a body, likely a place merely named ("Rotterdam").
export function placeLike(e: Entity): boolean {
  return !e.roles.has('body') && !/\s/.test(e.name) && kindOfName(e.name) === 'organisation' && /^[A-Z][a-z]+$/.test(e.name)
}
