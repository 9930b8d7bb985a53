// Words spoken on a titled broadcast programme ("Speaking on ABC's “This
// Week”, Rubio said", "in an interview with Fox News Channel's "Special
// Report"", "on CNN's State of the Union show") went out on air: the
// broadcaster is the venue, and the relay of that sentence and its
// paragraph when another outlet writes the story (GUIDE 6), but the writer
// may have watched it, so the speaker named again in a later paragraph is
// not known only through the broadcaster (GUIDE 5), unlike words given in
// an email or an interview to a paper.

// An outlet's possessive, then a title in quotation marks or a capitalised title ending in "programme"/"show".
const TITLED = /\b(?:on|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*['’]s?\s+(?:["“]\s*\p{Lu}|(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:[Pp]rogramme|[Pp]rogram|[Ss]how)\b)/u
// Only the start of a sentence is read, so the work stays linear in it.
const READ = 400

export const onAir = (sentence: string) => TITLED.test(sentence.slice(0, READ))
