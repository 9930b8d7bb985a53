// What differs between two versions of a list whose items are replaced,
// never changed in place (the reader's annotations): the items gone (old
// versions) and those come (new), found by identity in one walk, when the
// new list is the old with a few added, replaced in place or taken out.
// Null when more than `max` differ or the order changed: then the caller
// works from the whole list. Those that stay keep their order.

export interface ListChanges<T> { gone: T[]; come: T[] }

export function listChanges<T>(before: readonly T[], after: readonly T[], max: number): ListChanges<T> | null {
  const gone: T[] = []
  const come: T[] = []
  let i = 0
  let j = 0
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) { i++; j++; continue }
    if (gone.length + come.length >= max) return null
    if (before[i + 1] === after[j]) gone.push(before[i++]!)
    else if (before[i] === after[j + 1]) come.push(after[j++]!)
    // Replaced in place (also under a new id: a claim saved under its stored one).
    else { gone.push(before[i++]!); come.push(after[j++]!) }
  }
  if (gone.length + come.length + before.length - i + after.length - j > max) return null
  gone.push(...before.slice(i))
  come.push(...after.slice(j))
  return { gone, come }
}
