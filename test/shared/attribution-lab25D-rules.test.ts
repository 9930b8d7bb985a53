// Rules of session 23 (h-attr-d), from broadcasters and regional outlets that
// relay others (lab25-d): who a pronoun or role noun means after a narrative
// paragraph, a source's place, a body's short form, a source heard by an outlet.
// Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

const venueOf = (text: string, words: string) => {
  const at = text.indexOf(words)
  return suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)?.venue ?? null
}

test('"he" opening a paragraph is the person the paragraph before was about, not the source heard before it', () => {
  const story = 'Talks stall\n\nThe rebels still want a truce, a rebel official told AFP on Thursday.\n\n' +
    'Foreign Secretary of State Jan Varga has met the rebels on his visit to the region.\n\n' +
    'He called on Wednesday for both sides to tone down their rhetoric.'
  assert.equal(who(story, 'tone down their rhetoric'), 'Jan Varga')
  // (Near miss: someone spoke after the narrative paragraph, so "he" is the one heard last.)
  const spoke = 'Talks stall\n\nThe rebels still want a truce, a rebel official told AFP on Thursday.\n\n' +
    'Foreign Secretary of State Jan Varga has met the rebels on his visit to the region.\n\n' +
    'The official said a delegation would meet officials in Cairo.\n\nHe said both sides should tone down their rhetoric.'
  assert.equal(who(spoke, 'tone down their rhetoric'), 'rebel official (anonymous) via AFP')
  // (Near miss: a subject the sentence has only undergo something, "was arrested", did nothing: the source heard before.)
  const held = story.replace('has met the rebels', 'was arrested')
  assert.equal(who(held, 'tone down their rhetoric'), 'rebel official (anonymous) via AFP')
})

test('"the official based in Gaza said": the place a source is based in does not speak', () => {
  const story = 'Rebels open to talks\n\nThe rebels still want a truce, a rebel official told AFP on Thursday.\n\n' +
    'The rebel official based in Gaza said the talks would concentrate on the first phase.'
  assert.equal(who(story, 'the talks would concentrate'), 'rebel official (anonymous) via AFP')
  const firm = 'Sales\n\nNordwave Ltd said sales rose.\n\nThe company based in Texas said the plant would stay open.'
  assert.equal(who(firm, 'the plant would stay open'), 'Nordwave Ltd')
  // (Near miss: a place glued by a hyphen, "London-based", stays in the unnamed source's description.)
  const glued = 'Sales\n\nOne London-based broker said the plant would stay open.'
  assert.equal(who(glued, 'the plant would stay open'), 'London-based broker (anonymous)')
})

test('"The Palestinian official said", paragraphs on: the unnamed source the modifier names, before one holding the role', () => {
  const story = 'Talks\n\nThe rebels still want a truce, a Palestinian official told AFP.\n\nThe Palestinian official said talks would resume.\n\n' +
    'Foreign Minister Jan Varga has met the rebels on his visit.\n\nHe called for calm.\n\nTalks are due in Cairo.\n\n' +
    'The death toll rose on Thursday.\n\nThe Palestinian official based in Gaza said the first phase would last six weeks.'
  assert.equal(who(story, 'the first phase would last six weeks'), 'Palestinian official (anonymous) via AFP')
  // (Near miss: a person named in reach as holding the role with that modifier is the one meant.)
  const holder = 'Talks\n\nThe rebels still want a truce, a Palestinian official told AFP.\n\nThe Palestinian official said talks would resume.\n\n' +
    'Foreign Minister Jan Varga has met the rebels on his visit.\n\nTalks are due in Cairo.\n\n' +
    'Senior Palestinian official Jibril Rajoub said the talks were serious.\n\nThe death toll rose on Thursday.\n\n' +
    'The Palestinian official said the first phase would last six weeks.'
  assert.equal(who(holder, 'the first phase would last six weeks'), 'Jibril Rajoub')
})

test('"the military\'s media wing, Nordic Press Bureau (NPB), said": the appositive name before its short form speaks', () => {
  const story = 'Attack foiled\n\n"The attempt was thwarted by our troops," the ministry\'s press office, Nordic Press Bureau (NPB), said in a statement.'
  assert.equal(who(story, 'The attempt was thwarted'), 'Nordic Press Bureau')
  // (Near miss: a bracket of lower-case words is an aside, not a short form: the speaker is still found before it.)
  const aside = 'Attack foiled\n\n"The attempt was thwarted by our troops," the ministry\'s press office, Nordic Press Bureau, said in a statement.'
  assert.equal(who(aside, 'The attempt was thwarted'), 'Nordic Press Bureau')
})

test('"According to a source speaking to Al-Araby al-Jadeed": the outlet the unnamed source spoke to relays it', () => {
  const story = 'Talks advance\n\nAccording to a source speaking to Al-Araby al-Jadeed, rebel leaders have met officials from Qatar.'
  assert.equal(who(story, 'rebel leaders have met'), 'source (anonymous) via Al-Araby al-Jadeed')
  assert.equal(venueOf(story, 'rebel leaders have met'), 'Al-Araby al-Jadeed')
  const known = 'Talks advance\n\nAccording to a source speaking to the Harbour Times, rebel leaders have met officials from Qatar.'
  assert.equal(venueOf(known, 'rebel leaders have met'), 'Harbour Times')
  // (Near miss: "speaking to reporters in Doha" names no outlet.)
  const reporters = 'Talks advance\n\nAccording to a source speaking to reporters in Doha, rebel leaders have met officials from Qatar.'
  assert.equal(who(reporters, 'rebel leaders have met'), 'source (anonymous)')
})

test('"South Korea\'s Joint Chiefs of Staff", "a spokesperson for South Korea\'s defence ministry": the state\'s adjective', () => {
  const story = 'Launch\n\nSouth Korea’s Joint Chiefs of Staff said it had detected the launch.\n\n' +
    'A spokesperson for South Korea\'s defence ministry said the launch was a provocation.'
  assert.equal(who(story, 'it had detected the launch'), 'South Korean Joint Chiefs of Staff')
  assert.equal(who(story, 'the launch was a provocation'), 'South Korean defence ministry spokesperson (anonymous)')
  // (Near miss: a firm's possessive stays a name, "Nordwave's board" is no state's.)
  const firm = 'Launch\n\nA spokesperson for Nordwave\'s board said the launch was a provocation.'
  assert.equal(who(firm, 'the launch was a provocation'), 'Nordwave board spokesperson (anonymous)')
})

test('a headline crediting an unnamed role at its end ("...: Palestinian official") is the lede\'s source of that role', () => {
  const story = 'Rebels \'open\' to more talks: Palestinian official\n\nThe rebels still want a truce, a Palestinian official told AFP.'
  assert.equal(who(story, 'to more talks'), 'Palestinian official (anonymous) via AFP')
  // (Near miss: a named ruler after the colon is no unnamed role.)
  const ruler = 'Rebels open to more talks: Qatar\'s ruler\n\nThe rebels still want a truce, a Palestinian official told AFP.'
  assert.equal(who(ruler, 'to more talks'), '-')
})

test('"expressed “great satisfaction”": a stance verb with the quoted words right after it reports them', () => {
  const story = 'Launch\n\nKim Jong Un expressed “great satisfaction” as the missiles struck their targets.'
  assert.equal(who(story, 'as the missiles struck'), 'Kim Jong Un')
  // (Near miss: the same words unquoted are the writer's account of a feeling, no report.)
  const plain = 'Launch\n\nKim Jong Un expressed great satisfaction as the missiles struck their targets.'
  assert.equal(who(plain, 'as the missiles struck'), '-')
})

test('"Hamas said ... The movement confirmed": a movement named by one word is a body a role noun stands for', () => {
  const story = 'Talks\n\nHamas said it would study the plan.\n\nThe movement confirmed in recent days that it is studying the latest proposal.'
  assert.equal(who(story, 'studying the latest proposal'), 'Hamas')
  const kind = suggestAttributions(story).find((s) => s.source === 'Hamas')?.sourceKind
  assert.equal(kind, 'organisation')
  // (Near miss: a movement of things is no body: "The movement of troops showed" reports nothing.)
  const troops = 'Talks\n\nHamas said it would study the plan.\n\nThe movement of troops showed that the army is preparing.'
  assert.equal(who(troops, 'the army is preparing'), '-')
})

test('"Kim also said that ..., the report said" after "KCNA reported": the outlet\'s report is transparent', () => {
  const story = 'Launch\n\nKim Jong Un has overseen the launch of cruise missiles, KCNA reported on Monday.\n\n' +
    'Kim also said that Pyongyang would continue its work, the report said.'
  assert.equal(who(story, 'Pyongyang would continue its work'), 'Kim Jong Un via KCNA')
  // (Near miss: the report with no speaker inside it is the outlet's own word.)
  const own = 'Launch\n\nKim Jong Un has overseen the launch of cruise missiles, KCNA reported on Monday.\n\n' +
    'Pyongyang would continue its work, the report said.'
  assert.equal(who(own, 'Pyongyang would continue its work'), 'KCNA')
})

test('"told a Reuters reporter", "a WhatsApp message shared with a Reuters reporter": the reporter\'s outlet relays', () => {
  const told = 'Attack\n\nThe Pakistani Taliban claimed responsibility for the attack, a spokesman told a Reuters reporter.'
  assert.equal(who(told, 'responsibility for the attack'), 'spokesman (anonymous) via Reuters')
  const shared = 'Attack\n\nThe Pakistani Taliban claimed responsibility for the attack in a WhatsApp message shared with a Reuters reporter.'
  assert.equal(who(shared, 'responsibility for the attack'), 'Pakistani Taliban via Reuters')
  // (Near miss: a message shared with the group's own members names no outlet.)
  const members = 'Attack\n\nThe group said in a message shared with its members that it carried out the attack.'
  assert.equal(who(members, 'it carried out the attack'), 'group (unnamed)')
})
