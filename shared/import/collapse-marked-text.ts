// Whitespace in an imported block shows as single spaces, with none at the
// ends, the way a browser lays out text. Marks move with the characters they
// cover and lose the spaces at their ends; a mark left empty is dropped.
// What counts as a space is the caller's: HTML collapses only its own five
// whitespace characters (a no-break space stays), Markdown any \s.

export interface Span { from: number; to: number }

export function collapseMarkedText<M extends Span>(
  raw: string, marks: readonly M[], isSpace: (char: string) => boolean,
): { text: string; marks: M[] } {
  // at[i]: where raw[i] lands in the collapsed text.
  // One pass over the text and one over the marks: linear however many
  // marks there are.
  const at = new Uint32Array(raw.length + 1)
  let units = 0
  let text = ''
  let pending = false
  for (const char of raw) {
    // A surrogate pair is one char here but two offsets.
    for (let unit = 0; unit < char.length; unit++) at[units++] = text.length + (pending && text.length > 0 ? 1 : 0) + unit
    if (isSpace(char)) {
      pending = true
      continue
    }
    if (pending && text.length > 0) text += ' '
    pending = false
    text += char
  }
  at[units] = text.length

  const moved: M[] = []
  for (const mark of marks) {
    let from = Math.min(at[mark.from]!, text.length)
    let to = Math.min(at[mark.to]!, text.length)
    while (from < to && text[from] === ' ') from++
    while (to > from && text[to - 1] === ' ') to--
    if (from < to) moved.push({ ...mark, from, to })
  }
  return { text, marks: moved }
}
