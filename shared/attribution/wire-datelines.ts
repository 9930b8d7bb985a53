// The writing outlet, read from the house formats state media put at the
// top of a story when publisherOf's first look (dateline.ts) found none: a
// dateline further down than a wire's usual first line ("... says Stephen
// Roach. NEW YORK, Oct. 24 (Xinhua) --", after a pulled quote), and the
// credit line a portal prints under the headline ("( Xinhua ) 09:09,
// October 25, 2020", "( China Daily ) 10:00, November 18, 2020"). That
// outlet writes the story: "told Xinhua" in its own copy is a venue, not a relay.

// "( Xinhua ) 09:09, October 25, 2020" on a line of its own.
const CREDIT = /^\(\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\s*\)\s*\d{1,2}:\d{2}\b/m
// "NEW YORK, Oct. 24 (Xinhua) --", "MOSCOW, March 3. /TASS/.", "MINNEAPOLIS, Jan 10 (Reuters) -" (under a page's highlights).
const DATELINE = /\b[A-Z][A-Z .'-]{1,30}(?:\/[A-Za-z .'-]{2,40}\/\s*)?, [A-Z][a-z]{2,8}\.? \d{1,2}(?:\.? \(([A-Z][\w .]{1,30})\) (?:--|—|–|-)|\. \/([A-Z]{2,10})\/\.)/

// The outlet named by a credit line or a dateline in the story's first lines (bounded), as written.
export function housePublisher(text: string): string | null {
  const head = text.slice(0, 1500)
  const m = CREDIT.exec(head) ?? DATELINE.exec(head)
  return m ? (m[1] ?? m[2] ?? null) : null
}
