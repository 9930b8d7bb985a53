// Noun phrases around a cue (noun-phrases.ts) and the subject of a verb
// (subjects.ts, shared-subjects.ts), under the one name the cue readers import.

export { isCap, phraseEndingAt, phraseStartingAt, type Phrase } from './noun-phrases.ts'
export { subjectBefore } from './subjects.ts'
export { sharedSubject } from './shared-subjects.ts'
