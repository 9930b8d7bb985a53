// Recall (session 16, h-cue): attributed sentences whose cue the engine did
// not find at all, by shape of English news, each with a near miss it must
// leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { tokenize } from '../../shared/attribution/nlp.ts'
import { paragraphsOf, splitSentences } from '../../shared/attribution/sentences.ts'

test('"WHO said" is the World Health Organization, not the pronoun who', () => {
  const text = 'Cases of the fever rose again in the north.\n\nWHO said the outbreak in the region was under control.'
  assert.equal(who(text, 'outbreak in the region'), 'WHO')
  assert.equal(who('WHO said the outbreak in the region was under control.', 'outbreak in the region'), 'WHO')
  // Near miss: in a headline in capitals "WHO" may be the pronoun; it makes no speaker.
  assert.equal(who('FAMILIES WHO SAID NO TO THE DAM\n\nThe flood came at night.', 'FAMILIES'), '-')
})

test('an adverb between "was" and "quoted as saying" keeps the subject the speaker', () => {
  const text = 'The cartel met in Vienna.\n\nThe unnamed official was further quoted as saying that no meeting was foreseen before June.'
  assert.equal(who(text, 'no meeting was foreseen'), 'official (anonymous)')
  // Near miss: a phrase that is quoted widely says nothing of its own.
  assert.equal(who('The cartel met in Vienna.\n\nThe phrase was widely quoted in the press that week.', 'widely quoted'), '-')
})

test('a capitalised word the tagger reads as a verb inside a firm\'s name ("Merrill Lynch") keeps the name whole', () => {
  const text = 'Shares fell.\n\n"The trip could be a disaster," said Merrill Lynch economist William Sterling.'
  assert.equal(who(text, 'trip could be'), 'William Sterling')
  // Near miss: a title-case headline's inflected verb between two names stays the verb.
  assert.equal(who('Trump Warns Iran Over Strikes\n\nThe strikes began at night.', 'Over Strikes'), 'Trump')
})

test('a body a participle describes speaks when it opens the clause ("The committees investigating the scandal said")', () => {
  const text = 'WASHINGTON, March 6 - The House and Senate committees investigating the arms scandal said they would like to review the tapes.'
  assert.equal(who(text, 'review the tapes'), 'House and Senate committees (anonymous)')
  // Near miss: the body inside another speaker's description is not the speaker.
  // (The sources speak, unnamed: clause-subjects.ts.)
  const sources = who('Sources close to the committees investigating the arms scandal said they would like to review the tapes.', 'review the tapes')
  assert.ok(/^sources\b.*\(anonymous\)$/.test(sources), sources)
})

test('a headline\'s bare role word after an inverted "says" is the role\'s holder the story names', () => {
  const text = 'China a locomotive for global recovery, says economist\n\nBERN, Aug. 12 (Xinhua) -- China will drive the recovery, Swiss economist Rudolf Minsch told Xinhua.'
  assert.equal(who(text, 'locomotive for global'), 'Rudolf Minsch')
  // Near miss: a bare word that names no person ("says report") makes no speaker of itself.
  assert.equal(who('Exports rose sharply, says report\n\nExports rose in May.', 'Exports rose sharply'), '-')
})

test('a progressive of alleging or contending reports ("The Democrats are alleging that ...")', () => {
  assert.equal(who('The Democrats are alleging that the call with his counterpart was irregular.', 'was irregular'), 'Democrats')
  assert.equal(who('The United States has been contending that the value of the yuan is too low.', 'too low'), 'United States')
  // Near miss: "asserting" as a noun-like act with no clause and no "be" before it reports nothing.
  assert.equal(who('Asserting control over the port took three days.', 'took three days'), '-')
})

test('an ellipsis closing a quotation ends no sentence before its tag (\'army...," said the statement\')', () => {
  const text = 'Iran said its offensive had ended.\n\n"The operation was launched when Baghdad was spreading propaganda about its army...," said the statement quoted by IRNA.'
  assert.equal(who(text, 'operation was launched'), 'statement via IRNA')
  // Near miss: after the ellipsis and its mark a capitalised word opens the writer's next sentence.
  const pieces = (t: string) => { const tokens = tokenize(t); return splitSentences(t, tokens, paragraphsOf(t)).map((x) => t.slice(x.start, x.end)) }
  assert.deepEqual(pieces('"I waited for hours..." The road stayed closed until Friday.'), ['"I waited for hours..."', 'The road stayed closed until Friday.'])
  assert.deepEqual(pieces('"The army was weak..." the minister said.'), ['"The army was weak..." the minister said.'])
})

test('a single quotation mark closing the words before an inverted "says" (British headlines) tags them, and no longer throws at a text\'s start', () => {
  const text = "'We will win,' says Zelensky\n\nUkrainian President Volodymyr Zelensky said on Monday his country would win the war."
  assert.equal(who(text, 'We will win'), 'Volodymyr Zelensky')
  assert.equal(who("Prices rose.\n\n‘We will hold rates,’ said the minister.", 'hold rates'), 'minister (anonymous)')
  // Near miss: a possessive's apostrophe before a noun "says" is no closed quotation.
  assert.equal(who("Prices rose.\n\nThe workers' says in the matter were few.", 'were few'), '-')
})

test('a verb only a speaker does ("announced", "accused") names a plain subject that speaks, as "said" does', () => {
  assert.equal(who('A sex ring was busted in Boston, the feds announced.', 'sex ring'), 'feds (anonymous)')
  assert.equal(who('The Russian and Syrian defense ministries accused U.S. forces of blocking the return of refugees.', 'blocking the return'), 'Russian and Syrian defense ministries (anonymous)')
  assert.equal(who('Inner Mongolia health authority reported its third case of plague on Sunday.', 'third case'), 'Inner Mongolia health authority (anonymous)')
  // Near miss: a participle after a thing ("a deal announced at ...") names no speaker.
  assert.equal(who('Coty bought a stake in the brand, a deal announced at the beginning of the year.', 'bought a stake'), '-')
})
