// A post written as an abbreviation before a surname ("MoS Lekhi" for the
// Minister of State, "DC Raza", "CM Yadav") is no given name: the person is
// the fullest name the article writes with that surname ("Union Minister of
// State, Meenakashi Lekhi"), GUIDE 4. Only when the text gives one such name.

// An abbreviation: capitals ("DC", "SSP"), or a small letter between two ("MoS"); "McKay" or "DeWitt" is a name.
const ABBREVIATION = /^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}\p{Lu})$/u
const SURNAME = /^\p{Lu}[\p{Ll}'’-]{2,}$/u

export function afterAbbreviation(words: readonly string[], text: string, forms: (surname: string, text: string) => string[]): string | null {
  if (words.length !== 2 || !ABBREVIATION.test(words[0]!) || !SURNAME.test(words[1]!)) return null
  // (Every form the text writes but the abbreviated one itself, and a single one: two people share no guess.)
  const named = forms(words[1]!, text).filter((f) => f !== words.join(' ') && f.split(' ').length > 1)
  return named.length === 1 ? named[0]! : null
}
