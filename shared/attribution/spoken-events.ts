// A speaker heard at an event of their own ("Zemljaric, speaking before a
// meeting with the Paris Club, said", "told a meeting of the ruling party",
// "in a speech to parliament", "addressing a rally") spoke where the
// writer's own reporters or the press at large could hear: a lede that says
// so is no summary of another outlet's report, even when an outlet quotes
// the same speaker in the next paragraph (GUIDE 5).

const EVENT = /\b(?:speaking|talking)\s+(?:before|at|after|during|on|in)\b|\baddressing\s+(?:a|an|the)\b|\bin\s+(?:a|his|her|their)\s+(?:\w+\s+)?(?:speech|address)\b|\btold\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|conference|rally|parliament|session|gathering|congress|assembly|seminar|forum|symposium|audience|crowd|convention)\b/i

// Whether a sentence's words say its speaker spoke at an event in person.
export function spokeAtEvent(sentence: string): boolean {
  return EVENT.test(sentence)
}
