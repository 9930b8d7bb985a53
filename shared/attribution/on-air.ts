// Words that went out on air: spoken on a titled programme ("Speaking on
// ABC's “This Week”, Rubio said", "on CNN's State of the Union show") or
// in a broadcast ("in an interview on a CCTV programme", "a televised
// address", "on his podcast"). The broadcaster is the venue, and the relay
// of that sentence when another outlet writes the story (GUIDE 6), but
// anyone could have watched: the writer may know the speaker's later words
// without the broadcaster (GUIDE 5), unlike words given in an email or an
// interview to a paper (relay-inherit.ts, relayed-speakers.ts ask this).
// "Show" is a programme only as a noun: "the figures show", "data shows
// that" are the verb, and say nothing of a broadcast.

// An outlet's possessive, then a title in quotation marks or a capitalised title ending in "programme"/"show".
const TITLED = /\b(?:on|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*['’]s?\s+(?:["“]\s*\p{Lu}|(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:[Pp]rogramme|[Pp]rogram|[Ss]how)\b)/u
// Only the start of a sentence is read for a title, so the work stays linear in it.
const READ = 400
// A possessive before a quoted title, or a word only broadcasts use.
const BROADCAST = /[’']s\s+["“]|\b(?:programme|program|broadcast|televised|aired|podcast|livestream)\b/i
// "Show" as a noun: right after a determiner or possessive ("his show", "CNN's show") or a broadcast's kind ("talk
// show", "TV shows"); not "a show of force".
const SHOW_NOUN = new RegExp('(?:\\b(?:a|an|the|his|her|its|their|our|my|your)\\s+|[’\']s\\s+|' +
  '\\b(?:talk|chat|TV|television|radio|news|morning|breakfast|evening|late-night|nightly|weekly|daily|game|reality|cooking|cable)\\s+)' +
  'shows?\\b(?!\\s+of\\b)', 'i')
// Or after a capitalised title word inside the sentence ("on the Today show"), when no object or clause follows
// as it would the verb ("the Labour Force Survey show that", "Census data show a fall": the data showing).
const TITLE_SHOW = /[^\s.!?"“]\s+\p{Lu}[\p{L}’'-]*\s+show\b(?!\s+(?:of|that|how|what|why|whether|signs?|no|little|an?|the|his|her|its|their|some|any)\b)/u

export const onAir = (sentence: string): boolean =>
  TITLED.test(sentence.slice(0, READ)) || BROADCAST.test(sentence) || SHOW_NOUN.test(sentence) || TITLE_SHOW.test(sentence)
