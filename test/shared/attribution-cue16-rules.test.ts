// Recall (session 16, h-cue): attributed sentences whose cue the engine did
// not find at all, by shape of English news, each with a near miss it must
// leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

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
