// Who is who across the article: the fullest form of each person's name
// ("Mishustin" -> "Mikhail Mishustin"), titles and descriptions seen with
// them ("an expert with ..."), and who spoke last, so that "he", "the
// expert", "the ministry" and "the document" resolve to the named party in
// reach (GUIDE decision 4; the resolving is discourse-resolve.ts's).

import type { SourceKind } from './kinds.ts'
import type { Entity } from './entity.ts'
import { kindOfName } from './kinds.ts'
import { fold } from './fold.ts'
import { knownOutlet } from './outlets.ts'
import { LEGAL_SUFFIX, TITLES } from './lexicon.ts'
import type { Speaker } from './speakers.ts'
import { PersonNames } from './name-forms.ts'
import { fromGivenName } from './name-starts.ts'
import type { PersonGenders } from './person-gender.ts'
import { onePerson } from './pronoun-persons.ts'
import { groupNamedBy } from './group-names.ts'
import { learnShortForms } from './org-forms.ts'
import { bodyFor } from './body-for.ts'
import { REACH, resolveIn } from './discourse-resolve.ts'
import { STATE_OF_CAPITAL, isPlace, properName, singular } from './entity-picks.ts'
import { PARTICLE } from './name-particles.ts'
import { isDomain } from './domain-outlets.ts'
import { NumberedSources } from './anonymous-numbering.ts'
import { possessorOf } from './capital-runs.ts'

type Named = { name: string; titles: readonly string[] }

// How many entities are kept for resolving, most recent first.
const RECENT = 64
// (canonical() answers kept: a 1 MB article of real news names ~5,000 distinct names.)
const CACHE_SIZE = 16384
export class Discourse {
  private readonly people = new PersonNames()
  private readonly learnt = new Set<string>()
  // Short forms of organisations: the first word of a longer name ("Nordwave" -> "Nordwave Semiconductor").
  private readonly orgOf = new Map<string, string>()
  private readonly entities = new Map<string, Entity>()
  // The last RECENT entities mentioned, oldest first (a Map keeps insertion
  // order, so moving one to the front is a delete and a set, not a copy).
  private readonly recent = new Map<string, Entity>()
  // canonical() per surface name; names recur, and the answer changes only when learnName does.
  private readonly canonicalOf = new Map<string, { name: string; kind: SourceKind }>()
  // Per word, the names whose canonical() read the people with that word: learning a person forgets
  // only those (a long article learns people throughout, and forgetting every name made most lookups miss).
  private readonly readPeople = new Map<string, string[]>()
  private consulted: string | null = null
  // Counts speech acts, so pronouns follow the last speaker rather than the last name.
  private clock = 0
  private readonly numbers = new NumberedSources()
  // First unnamed sources that later got a second: their name -> "... #1 (anonymous)".
  readonly renamed: ReadonlyMap<string, string> = this.numbers.renamed
  // The people the sentence being read names (canonical), for "his office" in the same sentence,
  // and those the sentence before named (`before`), for "She added" after "Omar asked ...".
  private named: readonly Named[] = []
  before: readonly Named[] = []
  get here(): readonly Named[] { return this.named }
  set here(names: readonly Named[]) { this.before = this.named; this.named = names }
  // The adjective of the country the article is written from ("Turkish"), when its dateline says.
  country: string | null = null
  // Initials the article spells out once: "RSF" -> "Rapid Support Forces".
  acronyms = new Map<string, string>()
  // Lower-case words the text writes before a person's full name ("realtor Shaun Ghulam").
  jobs: ReadonlySet<string> = new Set()
  // The genders the article gives its people, so "she" skips the man named last (person-gender.ts).
  genders: PersonGenders | null = null
  // Words the article writes only with their "'s" (possessive-names.ts): part of the name.
  possessives: ReadonlySet<string> = new Set()

  entity(name: string): Entity | undefined {
    return this.entities.get(fold(name))
  }

  // Every person-like name of two or more words in the article, so that a
  // later or earlier short form finds its fullest version.
  learnName(full: string): void {
    if (this.learnt.has(full)) return
    this.learnt.add(full)
    const name = this.withoutJob(full)
    // "Edmunds" after "Edmunds.com": a site's name without its domain ending is the same body.
    const site = /^(\p{Lu}[\p{L}-]+)\.\p{Ll}{2,4}$/u.exec(name)
    if (site && isDomain(name) && !this.orgOf.has(fold(site[1]!))) { this.orgOf.set(fold(site[1]!), name); this.canonicalOf.clear() }
    const parts = name.split(/\s+/)
    // ("Comcast CEO and controlling shareholder Brian Roberts": a run closed by a post's initials names no one,
    // and "Comcast" alone is the firm, not a short form of it.)
    // (A post's initials, "CEO", "CFO": a word no one's surname is, as "Maya Expert"'s is.)
    if (/^\p{Lu}{2,4}$/u.test(parts.at(-1)!) && TITLES.has(parts.at(-1)!.toLowerCase())) return
    const kind = kindOfName(name)
    if (parts.length < 2 || parts.length > (kind === 'organisation' ? 9 : 4)) return
    if (kind === 'organisation') {
      if (learnShortForms(name, parts, this.orgOf, this.acronyms)) this.canonicalOf.clear()
      return
    }
    if (kind !== 'person') return
    for (const word of this.people.learn(name)) {
      for (const key of this.readPeople.get(word) ?? []) this.canonicalOf.delete(key)
      this.readPeople.delete(word)
    }
  }

  canonical(name: string): { name: string; kind: SourceKind } {
    let known = this.canonicalOf.get(name)
    if (!known) {
      if (this.canonicalOf.size >= CACHE_SIZE) { this.canonicalOf.clear(); this.readPeople.clear() }
      this.consulted = null
      known = this.findCanonical(name)
      this.canonicalOf.set(name, known)
      if (this.consulted !== null) {
        for (const word of this.people.readsOf(this.consulted)) {
          const names = this.readPeople.get(word)
          if (names) names.push(name)
          else this.readPeople.set(word, [name])
        }
      }
    }
    return known
  }

  private findCanonical(name: string): { name: string; kind: SourceKind } {
    const outlet = knownOutlet(name)
    if (outlet) return { name: outlet, kind: 'outlet' }
    // ("Canada’s" with its possessive read as one word is Canada.)
    const bare = name.replace(/^(?:the|The)\s+/, '').replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, '')
    const last = possessorOf(bare)
    const clean = this.withoutJob(last && this.possessives.has(last) ? bare : bare.replace(/(?<=\p{L})['’]s$/u, ''))
    // "RSF" after "the Rapid Support Forces (RSF)" (acronyms.ts): initials name a body.
    const spelt = this.acronyms.get(clean) ?? this.acronyms.get(clean.replace(/^[\p{L}.]+['’]s\s+/u, ''))
    if (spelt) return { name: spelt, kind: 'organisation' }
    const kind = kindOfName(clean)
    // "Beijing said", "Moscow warned": a capital speaking stands for its state (GUIDE 4).
    const state = STATE_OF_CAPITAL.get(fold(clean))
    if (state) return { name: state, kind: 'organisation' }
    // ("Trump" beside "Donald Trump" and "Trump Airlines": a surname the article gives a person is the person's.)
    // ("Dome" beside "Dome Petroleum Ltd" and "Dome Mines shares": a longer name the article also writes as a body's is no person.)
    this.consulted = clean
    const person = this.people.fullest(clean)
    const org = kind === 'person' && properName(person) && !this.orgOf.has(fold(person!)) ? undefined : kind === 'person' || kind === 'organisation' ? this.orgOf.get(fold(clean)) : undefined
    if (org) return { name: org.replace(LEGAL_SUFFIX, ''), kind: 'organisation' }
    if (kind !== 'person') return { name: kind === 'organisation' ? clean.replace(LEGAL_SUFFIX, '') : clean, kind }
    const parts = clean.split(/\s+/)
    // ("von der Leyen": a surname with its particles is a short form too, "Von der Leyen" as a sentence opens it.)
    if (parts.length <= 2 || PARTICLE.test(parts[0]!.toLowerCase())) {
      const longer = this.people.fullest(clean)
      if (longer) return { name: longer, kind }
    }
    return { name: clean, kind }
  }

  // "Realtor Ghulam" opening a sentence, where the text also says "realtor
  // Shaun Ghulam": the capitalised first word is a job (name-jobs.ts).
  private withoutJob(full: string): string {
    // ("Investor Advocate Rick Fleming": the job before a given name, name-starts.ts.)
    const name = kindOfName(full) === 'person' ? fromGivenName(full) : full
    const space = name.indexOf(' ')
    if (space < 0 || !this.jobs.has(name.slice(0, space).toLowerCase()) || kindOfName(name) !== 'person') return name
    return name.slice(space + 1)
  }

  // Records a mention; speakers move to the front for pronouns.
  mention(name: string, kind: SourceKind, para: number, roles: readonly string[], spoke: boolean, via: string | null = null): Entity {
    const key = fold(name)
    let entity = this.entities.get(key)
    if (!entity) {
      entity = { name, kind, via, roles: new Set(), para, spokeAt: -1, salientAt: -1 }
      this.entities.set(key, entity)
    }
    for (const role of roles) entity.roles.add(role)
    // A name first taken for a person may be described as a body later ("Eurofer, the steel association,").
    if (kind === 'organisation' && entity.kind === 'person') entity.kind = kind
    entity.para = para
    entity.mentions = (entity.mentions ?? 0) + 1
    if (via && !entity.via) entity.via = via
    if (spoke) entity.spokeAt = ++this.clock
    this.recent.delete(key)
    this.recent.set(key, entity)
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!)
    return entity
  }

  // The subject of a sentence no one is said to have spoken: as salient for "he" as the last speaker.
  // (A body or an unnamed source too: "it" and "they" follow what a sentence was about, as "he" the person, pronoun-resolve.ts.)
  subject(name: string, para: number, speaks: boolean, placed = false): void {
    const entity = this.entities.get(fold(name))
    if (entity?.kind !== 'person' && entity?.kind !== 'organisation' && entity?.kind !== 'anonymous') return
    entity.salientAt = ++this.clock
    entity.salientPara = para
    entity.salientSpeech = speaks
    entity.salientPlaced = placed
    entity.para = para
  }

  // The speech clock's last tick: who spoke, was the subject or relayed last (entity-picks.ts' latestSalient).
  now(): number {
    return this.clock
  }

  // An outlet that relayed the sentence's words ("Mainichi quoted Nippon Steel as saying"): it reported,
  // though the words are another's, so "the paper" after it is that outlet (entity-picks.ts' latestReporter).
  relayed(name: string, para: number): void {
    const entity = this.entities.get(fold(name))
    if (entity?.kind !== 'outlet') return
    entity.relayedAt = ++this.clock
    entity.para = para
  }

  // A paragraph told by a first-person narrator: its subjects are the narrator's account, no antecedents.
  narrator(para: number): void {
    for (const e of this.recent.values()) if (e.salientPara === para) e.salientAt = -1
  }

  // The entity a pronoun or role noun stands for, or null when none is in reach (discourse-resolve.ts).
  resolve(speaker: Speaker, para: number): Entity | null {
    const entity = resolveIn(this, [...this.recent.values()].reverse(), speaker, para)
    // A role noun once bound to a person keeps naming that person ("the prime minister told ... " is Tony Blair;
    // later "the prime minister said" is Blair again, not the deputy prime minister named since).
    if (entity?.kind === 'person' && speaker.type === 'role' && speaker.group === 'person' && !speaker.body && onePerson(entity)) {
      entity.roles.add(speaker.head)
      for (const m of speaker.mods) entity.roles.add(m)
    }
    return entity
  }

  // The last text whose name ends in `noun` ("G7 energy ministers' communique" for "communique").
  textEndingIn(noun: string): Entity | null {
    const key = ` ${fold(noun)}`
    return [...this.recent.values()].reverse().find((e) => e.kind === 'document' && fold(e.name).endsWith(key)) ?? null
  }

  // An organisation in reach whose name has the role noun in it ("the ministry": the Foreign Ministry).
  hasBodyNamed(head: string, para: number): boolean {
    for (const e of this.recent.values()) if (e.kind === 'organisation' && para - e.para <= REACH && fold(e.name).includes(head)) return true
    return false
  }

  // "Shares of Nordwell Semiconductor fell after the chipmaker cut ...": the
  // organisation named in this sentence, the last one that `before` accepts.
  // (Two bodies named there leave the choice to the scored one over the article, role-antecedents.ts: "where Nordline
  // is smaller than Atlantic Ferry Lines, ..., according to the company" is the story's firm, not the last named.)
  organisationHere(before: (name: string) => boolean): string | null {
    let found: string | null = null
    for (const n of this.here) {
      const { name, kind } = this.canonical(n.name)
      if (kind !== 'organisation' || !before(n.name) || isPlace(n.name)) continue
      if (found !== null && found !== name) return null
      found = name
    }
    return found
  }

  // An organisation in reach that a lower-case description fits ("central bank" -> "Bank of Russia", body-for.ts).
  bodyFor(words: readonly string[], para: number): Entity | null {
    return bodyFor([...this.recent.values()].reverse(), words, para, REACH)
  }

  // Unnamed sources told apart ("an official ... a second official", anonymous-numbering.ts); null when "the first
  // official" names none met before.
  numbered(name: string, head: string, ordinal: number, definite: boolean): string | null {
    return this.numbers.numbered(name, head, ordinal, definite, () => this.resolveAnonymous(head))
  }

  // "the doctors" in a story about Doctors for Camp Closure (group-names.ts).
  groupNamedBy(plural: string): string | null {
    return groupNamedBy(plural, this.learnt)
  }

  // The entities a role noun may reach from paragraph `para`, oldest first (for resolvers in their own modules).
  inReach(para: number): Entity[] {
    return [...this.recent.values()].filter((e) => para - e.para <= REACH)
  }

  // The last person the article gave the role `head` ("the suspect, Michael Webb,"), if no unnamed one
  // with that role was met since.
  personWithRole(head: string): Entity | null {
    for (const e of [...this.recent.values()].reverse()) {
      if (e.kind === 'anonymous' && fold(e.name).startsWith(`${head} `)) return null
      if (e.kind === 'person' && e.roles.has(head) && onePerson(e)) return e
    }
    return null
  }

  // (`plural`: "the sources" are a group met before, not one of them who spoke last, "a second source".)
  resolveAnonymous(head: string, plural = false): Entity | null {
    const stem = head.replace(/s$/, '')
    const recent = [...this.recent.values()].reverse().filter((e) => e.kind === 'anonymous' && fold(e.name).includes(stem))
    return (plural ? recent.find((e) => !singular(e.name)) : undefined) ?? recent[0] ?? null
  }
}
