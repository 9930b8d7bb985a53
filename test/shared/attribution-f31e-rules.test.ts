// Relays (session 26, h-f31e): how a broadcast is told from a verb of
// showing, and the relay shapes of GUIDE 5 and 6. Each shape with a near
// miss it must leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { onAir } from '../../shared/attribution/on-air.ts'
import { who } from '../helpers/who-said.ts'

test('"show" is a programme as a noun, not as the verb of data that show something', () => {
  // The programme: after a determiner or possessive, a broadcast's kind, or a title.
  assert.equal(onAir('Holm said on his weekly radio show that the mill would close.'), true)
  assert.equal(onAir('Speaking on the show, Holm said the mill would close.'), true)
  assert.equal(onAir('Holm told the Valley Herald\'s show that the mill would close.'), true)
  assert.equal(onAir('Speaking on the Morning Valley show, Holm said the mill would close.'), true)
  assert.equal(onAir('Holm said in a talk show interview that the mill would close.'), true)
  // The verb: figures, data and books that show.
  assert.equal(onAir('Holm told the Valley Herald that the figures show a slowdown.'), false)
  assert.equal(onAir('Census data show a fall in jobs, Holm told the Valley Herald.'), false)
  assert.equal(onAir('Holm said the Quarterly Survey show that orders fell.'), false)
  assert.equal(onAir('The mayor called it a show of force, Holm told the Valley Herald.'), false)
  // The other broadcast words and a titled programme stay as they were.
  assert.equal(onAir('Holm said on NBC\'s "Valley Hour" that the mill would close.'), true)
  assert.equal(onAir('Holm said in a televised address that the mill would close.'), true)
})

const MILL = 'Mill closes in Ostby\n\nOSTBY - Bart Holm, the mill\'s owner, told the Valley Herald newspaper that the order books show a slowdown.\n\n' +
  'Holm said the firm would cut 40 jobs by spring.'

test('a source met only in an interview to a paper keeps the paper as relay, whatever its words show', () => {
  assert.equal(who(MILL, 'order books'), 'Bart Holm via Valley Herald')
  // "show" the verb is no broadcast: the later words still came through the paper (GUIDE 5).
  assert.equal(who(MILL, 'cut 40 jobs'), 'Bart Holm via Valley Herald')
  // Near miss: the interview went out on a talk show anyone could watch, so the later words may be the writer's own.
  const aired = MILL.replace('the order books show a slowdown', 'the talk show had been cancelled')
  assert.equal(who(aired, 'cut 40 jobs'), 'Bart Holm')
})

const SEEN = 'Minister speaks on mill\n\nOSTBY - Trade Minister Ana Brel told the Valley Herald newspaper that the mill would reopen.\n\n' +
  'Earlier, Brel published a long video on her Telegram channel. She said the owners had agreed to the plan.\n\n' +
  '"We will not let the town die," Brel said.'

test('a source seen on a channel of its own is no longer known through the relay alone in later paragraphs', () => {
  assert.equal(who(SEEN, 'mill would reopen'), 'Ana Brel via Valley Herald')
  assert.equal(who(SEEN, 'owners had agreed'), 'Ana Brel')
  assert.equal(who(SEEN, 'let the town die'), 'Ana Brel')
  // Near miss: the channel is another's, not the source's own; the later words still came through the paper.
  const other = SEEN.replace('Earlier, Brel published a long video on her Telegram channel.', 'Earlier, the ministry\'s video was shared on a Telegram channel.')
  assert.equal(who(other, 'let the town die'), 'Ana Brel via Valley Herald')
  // Nor does someone else's own channel close the source's relay.
  const someone = SEEN.replace('Earlier, Brel published', 'Earlier, Holm published').replace('her Telegram', 'his Telegram')
  assert.equal(who(someone, 'let the town die'), 'Ana Brel via Valley Herald')
})

test('an outlet that quotes or carries someone\'s opinion relays that person, it does not speak itself', () => {
  const text = 'Tariffs will hurt\n\nThe tariffs are a big blow, said Kai Lund, a trade expert.\n\n' +
    '"Buyers will pay more," the Valley Herald newspaper quotes the expert\'s opinion.'
  assert.equal(who(text, 'Buyers will pay more'), 'Kai Lund via Valley Herald')
  // Near miss: an outlet quoting a figure, no one's words, is the source.
  const figure = text.replace('quotes the expert\'s opinion', 'reported the figures')
  assert.equal(who(figure, 'Buyers will pay more'), 'Valley Herald')
})

test('"His words were reported by X" makes the outlet the relay of the speaker\'s words around it', () => {
  const text = 'Mill to close\n\nMill owner Bart Holm announced the closure of the Ostby mill. His words were reported by the Valley Herald newspaper.\n\n' +
    '"We have no orders," Holm said.'
  assert.equal(who(text, 'closure of the Ostby mill'), 'Bart Holm via Valley Herald')
  assert.equal(who(text, 'We have no orders'), 'Bart Holm via Valley Herald')
  // Near miss: a plan first reported by the paper names no one's words; Holm's own words stay his.
  const plan = text.replace('His words were reported by', 'The plan was first reported by')
  assert.equal(who(plan, 'closure of the Ostby mill'), 'Bart Holm')
  assert.equal(who(plan, 'We have no orders'), 'Bart Holm')
})

test('"as quoted by the newspaper" and "whose comment is quoted by the publication" relay through the outlet last named', () => {
  const text = 'Tariffs will hurt\n\nEconomists were asked about the tariffs by the Valley Herald on Monday.\n\n' +
    'Trade will shrink this year, said Kai Lund, as quoted by the newspaper.\n\n' +
    'According to Mia Roos, a professor, whose comment is quoted by the publication, prices will rise.'
  assert.equal(who(text, 'Trade will shrink'), 'Kai Lund via Valley Herald')
  assert.equal(who(text, 'prices will rise'), 'Mia Roos via Valley Herald')
  // Near miss: a plan first reported by the newspaper names no one's words; the role noun alone makes no source.
  const plan = text.replace('Trade will shrink this year, said Kai Lund, as quoted by the newspaper.', 'The plan was first reported by the newspaper.')
  assert.equal(who(plan, 'The plan was first'), '-')
  // Nor is a comment someone else owns ("whose" missing) the speaker's relayed words.
  const own = text.replace('whose comment is quoted by the publication', 'who teaches at the university')
  assert.equal(who(own, 'prices will rise'), 'Mia Roos')
})

test('an outlet named only as the owner of compiled figures is no relay of the figures it compiled', () => {
  const text = 'Acme results due\n\nAcme reports on Thursday.\n\nHere\'s what Wall Street expects, per Bloomberg consensus estimates:\n\n' +
    'Revenue: $9.1 billion\n\nEarnings per share: $0.61'
  assert.equal(who(text, 'Revenue: $9.1 billion'), 'Wall Street (anonymous)')
  // Near miss: per the outlet itself, with no figures it compiled, the outlet still passed the words on.
  const relayed = 'Acme results due\n\nWall Street expects revenue of $9.1 billion, per Bloomberg.'
  assert.equal(who(relayed, 'revenue of $9.1 billion'), 'Wall Street (anonymous) via Bloomberg')
})

test('an interview frame that asks a question reaches the answer opening the next paragraph', () => {
  const text = 'Mayor on the mill\n\nIn an interview with the Valley Herald newspaper on Tuesday, Mayor Ana Brel was asked to comment on a report by the Ostby Post claiming the mill would close.\n\n' +
    '"There are too many rumours, so listen only to the owners," she said.\n\n"We will see," she added later.'
  assert.equal(who(text, 'too many rumours'), 'Ana Brel via Valley Herald')
  // Near miss: without the question the frame's words are its own report's and the next paragraph is not the answer.
  const plain = text.replace('was asked to comment on a report by the Ostby Post claiming', 'read a report by the Ostby Post claiming')
  assert.equal(who(plain, 'too many rumours'), 'Ana Brel')
})
