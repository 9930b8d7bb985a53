// A page's publisher given by its site's address ("Telegraph.co.uk",
// "CBSSports.com", "TIME.com", "NJ.com") goes by the name before the
// address's ending in its own copy: "Lord Baker told the Telegraph" on
// Telegraph.co.uk is its own interview, a venue (GUIDE 6), as "told
// CBSSports" would be. Only the first label counts, and only for a name
// that is a domain; "The Telegraph" is a name already.

import { isDomain } from './domain-outlets.ts'

export function domainStem(name: string): string | null {
  const bare = name.trim().replace(/^www\./i, '')
  if (!isDomain(bare)) return null
  const stem = bare.slice(0, bare.indexOf('.'))
  return stem.length > 1 ? stem : null
}
