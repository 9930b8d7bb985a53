// One name two people in the article share ("Lee said" in a story naming
// Lee Kuan Yew and his son Lee Hsien Loong): the one of them who spoke just
// before, in this paragraph or the one before, is the one meant, as a
// reader takes it ("'...,' Prime Minister Lee Hsien Loong told the nation.
// '...,' Lee said"). With no such speaker next to it the name keeps what
// the naming passes gave it.

interface Named { source: string; sourceKind: string; sourceId: string | null; cue: { text: string; start: number; end: number } }

// The one-word name a cue opens or closes with its verb: "Lee said", "said Lee".
const CUE_NAME = /^(?:(?:Mr|Mrs|Ms|Dr|President|Premier)\.?\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|adds|told|tells|noted|stressed)\b|\b(?:said|says|added)\s+(\p{Lu}[\p{L}'’-]+)$/u
// How far back (in characters, and in paragraph breaks) the speaker before is looked for.
const FAR = 1500

export function sharedNames(out: Named[], text: string, match: (name: string) => string | null): void {
  // Per word of a full name, the people whose names have it (built once: linear in the suggestions).
  const byWord = new Map<string, Set<string>>()
  for (const s of out) {
    if (s.sourceKind !== 'person' || !s.source.includes(' ')) continue
    for (const w of s.source.split(/\s+/)) {
      const set = byWord.get(w) ?? new Set<string>()
      set.add(s.source)
      byWord.set(w, set)
    }
  }
  for (let i = 1; i < out.length; i++) {
    const s = out[i]!
    const m = CUE_NAME.exec(s.cue.text)
    const word = m?.[1] ?? m?.[2]
    const sharing = word ? byWord.get(word) : undefined
    if (!sharing || sharing.size < 2 || !sharing.has(s.source)) continue
    const before = out[i - 1]!
    if (before.source === s.source || !sharing.has(before.source) || s.cue.start - before.cue.end > FAR) continue
    // (One named in passing with a relative clause did not take the floor: "... align with leader Kim Jong-un,
    // who defined ties as hostile. ... 'Ahead of ...,' Kim said" is the minister who spoke before him.)
    if (/,\s+who\s/.test(before.cue.text)) continue
    // (One the article calls by another word of his name just before is not this one: "His son, Rewi Peter Moana,
    // ... says Rewi. ... says Moana" is the father the bare surname named first.)
    const called = CUE_NAME.exec(before.cue.text)
    if ((called?.[1] ?? called?.[2] ?? word) !== word) continue
    if ((text.slice(before.cue.end, s.cue.start).match(/\n\s*\n/g)?.length ?? 0) > 1) continue
    s.source = before.source
    s.sourceId = match(before.source)
  }
}
