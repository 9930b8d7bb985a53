// Whether "he" or "she" can stand for a person (GUIDE 4 resolves pronouns to
// the named person): "Kristen Wiig ... Judd Apatow ... 'Proud,' she says" is
// Wiig, not the man named last. A person's gender is read from the article
// itself ("Mr. Joseph", "Mrs Thatcher", "spokeswoman Ann Lee") and, failing
// that, from a common given name; a name neither tells is left open.

import { fold } from './fold.ts'
import { matchAllAt, startsOf } from './capital-index.ts'

export type Gender = 'm' | 'f'

// Common given names that are rarely given to the other sex (English-language
// news, plus names frequent in European and Latin American reporting).
const MALE = new Set(`
aaron adam alan albert alejandro alex alexander alexei alfred ali andre andrew andy angelo anthony antonio arnold arthur barack
ben benjamin bernard bill billy bob bobby boris brad bradley brandon brett brian bruce bryan carl carlos charles charlie chris
christopher chuck clarence colin craig dale dan daniel danny darren dave david dean dennis derek dick dmitry don donald doug douglas
duncan dylann dylan ed eddie edward eric erik ernest eugene evan francis francisco frank fred frederick gary gavin geoffrey george
gerald gerhard giovanni glenn gordon graham greg gregory hank harold harry hector henry herbert howard hugh ian igor isaac ivan jack
jacob jake james jason jean-claude jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose josef
joseph josh joshua juan justin karl keith ken kenneth kevin kirk kurt larry lawrence leonard lewis louis luis luke marc marco
marcus mario mark martin matt matthew maurice max michael mickey miguel mike mikhail mitch mitchell mohammed muhammad nathan neil
nicholas nick nigel noah norman oliver oscar pablo patrick paul pedro peter phil philip phillip pierre rafael ralph randy ray raymond
richard rick ricky rob robert roberto roger ron ronald ross roy russell ryan sam samuel scott sean sergei sergey seth shawn
simon stanley stephen steve steven stuart ted theodore thomas tim timothy todd tom tommy tony travis trevor troy tyler victor
vincent vladimir walter warren wayne william willie xavier yuri zachary`.split(/\s+/).filter(Boolean))

const FEMALE = new Set(`
abigail adriana alexandra alice alicia alison allison amanda amber amy ana angela angelina ann anna anne annie april
barbara beatrice becky betsy betty beverly brenda bridget brittany camila carla carmen carol caroline carolyn catherine cathy
charlotte cheryl christina christine cindy claire clara claudia colleen cynthia daisy danielle dawn debbie deborah debra
denise diana diane donna doris dorothy edith eleanor elena elizabeth ellen emily emma erica erin eva evelyn felicia fiona frances
gabriela gloria grace gretchen hannah heather heidi helen hillary holly ingrid irene isabel isabella jacqueline jane janet janice
jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith judy julia julie karen kate katherine kathleen kathryn
kathy katie kimberly kristen kristi kristin laura lauren linda lisa liz lois lori louise lucy madeleine margaret
maria marie marilyn marina martha mary megan melanie melissa michelle monica nancy naomi natalia natalie nicole nina olga
olivia pamela patricia paula pauline peggy penny rachel rebecca rita roberta rosa rose ruth sally samantha sandra sara sarah sharon
sheila shirley sofia sonia sophia stacey stephanie susan suzanne sylvia tamara tanya teresa theresa tina valerie vanessa
victoria virginia wendy yvonne`.split(/\s+/).filter(Boolean))

// Whether a folded word is a common given name (name-starts.ts).
export const isGivenName = (word: string) => MALE.has(word) || FEMALE.has(word)

// Honorifics and gendered job words written right before a name ("Mrs Thatcher", "spokeswoman Ann Lee").
const BEFORE = /(?<![\p{L}\p{N}])(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|Baroness|[Ss]pokes(?:wo)?man|[Cc]hair(?:wo)?man|[Cc]ongress(?:wo)?man|[Bb]usiness(?:wo)?man|[Aa]ctress)\.? ((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+)/gu
const WOMAN = /^(?:mrs|ms|miss|dame|lady|baroness|spokeswoman|chairwoman|congresswoman|businesswoman|actress)$/
const GROUP = /^\p{Lu}\p{Ll}+(?:ans|ives|ats|ists|ites)$/u
const MEN = /^(?:man|boy|boyfriend|husband|father|son|brother|grandfather|grandson|uncle|nephew|spokesman|chairman|businessman|congressman|gentleman)$/
const WOMEN = /^(?:woman|girl|girlfriend|wife|mother|daughter|sister|grandmother|granddaughter|aunt|niece|spokeswoman|chairwoman|businesswoman|congresswoman|lady|actress)$/
const gendered = (noun: string): Gender | null => (MEN.test(noun) ? 'm' : WOMEN.test(noun) ? 'f' : null)
// (Tried only where one of its words starts: the whole-text pattern tested its lookbehind at every character.)
const TITLE_START = /Mr|Ms|Miss|Sir|Dame|Lady|Lord|Baroness|[Ss]pokes|[Cc]hair|[Cc]ongress|[Bb]usiness|[Aa]ctress/g
// The text is scanned once; a pathological text with endless honorifics is cut off.
const MAX_MARKS = 512

export class PersonGenders {
  // Per folded name word (surname or full name), the gender the article marks; null when it marks both.
  private readonly marked = new Map<string, Gender | null>()

  constructor(text: string) {
    let n = 0
    for (const m of matchAllAt(text, BEFORE, startsOf(text, TITLE_START))) {
      if (++n > MAX_MARKS) break
      const gender: Gender = WOMAN.test(m[1]!.toLowerCase()) ? 'f' : 'm'
      const words = m[2]!.split(' ')
      // The surname, and the full name when one is given.
      for (const key of new Set([words[words.length - 1]!, m[2]!])) this.mark(fold(key.replace(/['’]s$/, '')), gender)
    }
  }

  private mark(key: string, gender: Gender): void {
    const had = this.marked.get(key)
    // (Mr. and Mrs. Smith: a surname marked both ways tells nothing.)
    this.marked.set(key, had === undefined || had === gender ? gender : null)
  }

  // Per folded full name, the pronouns the article uses for the person (pronoun-genders.ts).
  private readonly votes = new Map<string, { m: number; f: number }>()

  // of() per name, cleared when a vote comes in (votes are all cast before the pronouns are read).
  private readonly known = new Map<string, Gender | null>()

  vote(name: string, gender: Gender): void {
    this.known.clear()
    const key = fold(name)
    const v = this.votes.get(key) ?? { m: 0, f: 0 }
    v[gender]++
    this.votes.set(key, v)
  }

  // The gender of a person's name, or null when neither the article nor the given name tells.
  of(name: string): Gender | null {
    const known = this.known.get(name)
    if (known !== undefined) return known
    const gender = this.read(name)
    if (this.known.size >= 4096) this.known.clear()
    this.known.set(name, gender)
    return gender
  }

  private read(name: string): Gender | null {
    // ("boyfriend (anonymous)": an unnamed person described by a gendered noun.)
    const unnamed = /^(.*) \((?:anonymous|unnamed)\)$/.exec(name)
    if (unnamed) return gendered(unnamed[1]!.split(/\s+/).at(-1)!.toLowerCase())
    const key = fold(name)
    const full = this.marked.get(key)
    if (full) return full
    const words = key.split(/\s+/)
    // ("U.S. President-elect Donald Trump": the given name may follow titles.)
    for (const word of words.slice(0, -1)) {
      if (MALE.has(word)) return 'm'
      if (FEMALE.has(word)) return 'f'
    }
    const marked = this.marked.get(words[words.length - 1]!)
    if (marked !== undefined) return marked
    // (Last, the pronouns the article uses for the person, when they agree.)
    const v = this.votes.get(key)
    return v && v.m > 0 !== v.f > 0 ? (v.m > 0 ? 'm' : 'f') : null
  }

  // Whether "he" or "she" may stand for the named person.
  agrees(name: string, pronoun: string): boolean {
    const wanted = pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? 'm' : pronoun === 'she' || pronoun === 'her' ? 'f' : null
    if (!wanted) return true
    // ("Conservatives", "Democrats": a party or a people read as a one-word name is no "he" or "she".)
    if (GROUP.test(name)) return false
    const gender = this.of(name)
    return gender === null || gender === wanted
  }
}
