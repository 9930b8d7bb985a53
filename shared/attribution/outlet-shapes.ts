// The outlet a venue names when its words say more than the masthead: a
// press role after it ("told the BBC interviewer" is the BBC), a beat and a
// role ("told VOA Pentagon correspondent Carla Babb" is VOA). Before a
// role, the known masthead the words start with is the outlet; without a
// role the words stay as written ("NBC 4 New York" is a station of its own).

import { knownOutlet } from './outlets.ts'

const PRESS_ROLE = /\s+(?:interviewer|reporter|reporters|correspondent|columnist|journalist|journalists|anchor|host|presenter|producer|editor|writer)$/i
// The longest start of a venue looked up: "Voice of America Pentagon" (four words, then a beat).
const MAX_WORDS = 4

export function venueOutlet(venue: string): string {
  const known = knownOutlet(venue)
  if (known) return known
  const bare = venue.replace(PRESS_ROLE, '')
  return bare === venue ? venue : mastheadBefore(bare)
}

// The known masthead a reporter's description starts with ("VOA Pentagon" before
// "correspondent" is VOA), else the words as written.
export function mastheadBefore(words: string): string {
  const split = words.split(/\s+/)
  for (let n = Math.min(MAX_WORDS, split.length); n >= 1; n--) {
    const start = knownOutlet(split.slice(0, n).join(' '))
    if (start) return start
  }
  return words
}
