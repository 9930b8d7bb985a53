// A name written only as the owner of compiled figures ("according to LSEG
// data", "FactSet estimates showed") names the provider of the numbers, not
// a party of the story: it is no antecedent for "the company" after it
// (GUIDE 4: "the company" is the story's firm). Read within one sentence.

// Nouns of compiled figures a provider's name stands before.
const DATA_NOUNS = /^\s+(?:data|estimates|figures|statistics|consensus|polls?|surveys?|compiled)\b/

// Whether every time the sentence writes `name` it stands before a data noun.
export function onlyAsDataOwner(words: string, name: string): boolean {
  let seen = false
  // (At most a few occurrences in one sentence; each a bounded look at the words after it.)
  for (let k = words.indexOf(name), n = 0; k >= 0 && n < 8; k = words.indexOf(name, k + name.length), n++) {
    if (!DATA_NOUNS.test(words.slice(k + name.length, k + name.length + 16))) return false
    seen = true
  }
  return seen
}

// ("Here's what Wall Street expects, per Bloomberg consensus estimates:", then the figures.) An outlet the sentence
// names only as the owner of compiled figures is where the numbers come from, not a relay of anyone's words
// (GUIDE 5): the attribution keeps no such relay. Frames are cleared too, as their lists copy them.
export function dropDataOwnerRelays(list: ({ via: string | null; kind: string } | null)[], said: (i: number) => string): void {
  list.forEach((a, i) => { if (a?.via && a.kind !== 'outlet' && onlyAsDataOwner(said(i), a.via)) list[i] = { ...a, via: null } })
}
