// A speaker who spoke to the press in person ("told reporters", "at a news
// conference", "told a regular briefing", "on a conference call") was heard
// by the writer's own reporters or the press at large: no outlet passed the
// words on, so a relay named by a neighbouring sentence of the paragraph
// ("Mao said, according to Xinhua, ...") is not theirs (GUIDE 5, 6).

const PRESS = /\b(?:told|tells|telling|briefed|briefing|addressing|(?:speaking|talking) to)\s+(?:reporters|journalists|the press|the media|a\s+(?:[\w-]+\s+){0,2}(?:news|press)\s+(?:conference|briefing))\b|\b(?:at|during|in|told)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:news\s+conference|press\s+conference|briefing|press\s+briefing|news\s+briefing)\b|\bon\s+a\s+conference\s+call\b/i

// Whether a sentence's words say its speaker spoke to the press in person.
export function spokeToPress(sentence: string): boolean {
  return PRESS.test(sentence)
}
