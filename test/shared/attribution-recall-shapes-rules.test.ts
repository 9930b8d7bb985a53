// Recall (session 11): attributed sentences the engine missed entirely, in
// shapes of general news grammar, shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('an unnamed speaker described by a relative clause closes the sentence after its content', () => {
  const expert = 'Drones could scout the border, a military expert who asked for anonymity told the Daily Courier on Sunday.'
  assert.equal(who(expert, 'scout the border'), 'military expert (anonymous)')
  const resident = '"The roads are a mess," a resident who would give only his first name said.'
  assert.equal(who(resident, 'roads are a mess'), 'resident (anonymous)')
  assert.equal(who('The plan will fail, the man who owns the shop said on Tuesday.', 'plan will fail'), 'man (anonymous)')
  // A relative clause that is the content's own ("the men who built it said nothing") is not taken for a speaker.
  assert.equal(who('The bridge, which the men who built it said was safe, fell.', 'The bridge'), '-')
})

test('an inverted verb of saying names an unnamed speaker by its common noun', () => {
  assert.equal(who('"The plan will fail," said a resident who gave only his first name.', 'plan will fail'), 'resident (anonymous)')
  assert.equal(who('The plan will fail, said a shopkeeper.', 'plan will fail'), 'shopkeeper (anonymous)')
  // A time or an amount after the verb is no speaker.
  assert.equal(who('The plan will fail, said last week.', 'plan will fail'), '-')
})

test('a speaker who names the outlet it told takes no relay from a neighbouring sentence', () => {
  const text = '( Daily Courier ) 09:38, November 16, 2020\n\nIn a CCTV program aired on Thursday, chief designer Zhang Wei said the jet could use AI. ' +
    'The drones could scout the border, a military expert who asked for anonymity told the Daily Courier.'
  assert.equal(who(text, 'scout the border'), 'military expert (anonymous)')
  assert.equal(who(text, 'could use AI'), 'Zhang Wei via CCTV')
})

test('a colon frame with a described speaker opens the quotation that follows, across paragraphs', () => {
  const text = 'Council member Tom Brown echoed the sentiment, but laid blame on the mayor: "The roads are a mess. Nobody fixed them.\n\n"We are tired of waiting."'
  assert.equal(who(text, 'roads are a mess'), 'Tom Brown')
  assert.equal(who(text, 'Nobody fixed them'), 'Tom Brown')
  assert.equal(who(text, 'tired of waiting'), 'Tom Brown')
  const role = 'Mayor Mary Lee took office in May.\n\nThe mayor struck back: "The council never funded the roads. We did what we could."'
  assert.equal(who(role, 'never funded'), 'Mary Lee')
  // A thing, not a speaker, before the colon: the quotation is a title or a list.
  assert.equal(who('The final episode aired: "Goodbye, Friends." Fans wept.', 'Goodbye'), '-')
})

test('a headline credited to reports or the media after a colon is theirs, unnamed', () => {
  const reports = 'New drones to enter service next year: reports\n\nThe army will field new drones, state television reported.'
  assert.equal(who(reports, 'New drones'), 'reports (anonymous)')
  const media = 'President to order troop drawdown: media\n\nThe president will order a drawdown, US media reported on Monday.'
  assert.match(who(media, 'troop drawdown'), /media \(unnamed\)$/)
  // A label, not a credit: "...: here".
  assert.equal(who('Where to eat in Lisbon this summer: here\n\nThe city has many cafes.', 'Where to eat'), '-')
})

test('a common noun tagging the quotation it closes speaks, whatever its verb', () => {
  assert.equal(who('"Will you come back for lunch?" the man asks.', 'come back for lunch'), 'man (anonymous)')
  assert.equal(who('"Nobody came," the shopkeeper sighed.', 'Nobody came'), 'shopkeeper (anonymous)')
  assert.equal(who('"It was a difficult part," quipped Brad Pitt of his role.', 'difficult part'), 'Brad Pitt')
  // Away from a quotation the manner verb is no report.
  assert.equal(who('The shopkeeper sighed and closed the door.', 'closed the door'), '-')
})

test('a text or data source speaks in the evidential shapes news writes', () => {
  // Inverted, after the content.
  assert.equal(who('The economy grew 4.9 percent in the third quarter, showed official data on Monday.', 'economy grew'), 'official data')
  assert.equal(who('Students from China made up a third, said a report released on Monday.', 'made up a third'), 'report')
  // A time after "from" is no issuer.
  assert.equal(who('A Gallup poll from June showed that most voters back the plan.', 'most voters'), 'Gallup poll')
  // A report's name may open with its year.
  assert.equal(who('Students from China made up a third, the 2020 Open Doors Report said.', 'made up a third'), '2020 Open Doors Report')
  // "showed" with a thing after it, no text before: no report.
  assert.equal(who('Sales rose 5 percent, showed the company strong.', 'Sales rose'), '-')
})

test('a name inside the relative clause that describes the speaker is not the speaker', () => {
  const text = '"Nobody fixed them," a woman who lives on Elm Street told reporters.'
  assert.equal(who(text, 'Nobody fixed'), 'woman (anonymous)')
  assert.equal(who('A nurse who treated Jane Roe said the wounds were deep.', 'wounds were deep'), 'nurse (anonymous)')
})

test('"went so far as to call" reports as "went on to call" does', () => {
  assert.equal(who('Senator Jane Roe went so far as to call the plan "ridiculous."', 'ridiculous'), 'Jane Roe')
  // Going so far as to act is no report.
  assert.equal(who('Senator Jane Roe went so far as to leave the room.', 'leave the room'), '-')
})

test('an abbreviation before an opening quotation ends the sentence, as a full stop does', async () => {
  const { tokenize } = await import('../../shared/attribution/nlp.ts')
  const { paragraphsOf, splitSentences } = await import('../../shared/attribution/sentences.ts')
  const split = (text: string) => splitSentences(text, tokenize(text), paragraphsOf(text)).map((s) => text.slice(s.start, s.end))
  const text = '"Rates will stay low," Kane said in a speech in Lincoln, Neb. "Banks are earning a return on free money from the Fed."'
  assert.deepEqual(split(text), ['"Rates will stay low," Kane said in a speech in Lincoln, Neb.', '"Banks are earning a return on free money from the Fed."'])
  assert.equal(split('The world may slide into a war like World War I. "Unless there is some basis for cooperation, it will," he said.').length, 2)
  // A nickname after an initial stays in its name.
  assert.equal(split('John F. "Jack" Kennedy was elected in 1960.').length, 1)
})

test('a surname opening with a lower-case particle is one name, before or after its verb', () => {
  const text = 'Ursula von der Leyen said the bloc is ready.\n\nThe bloc will cut tariffs, von der Leyen said.\n\nErik van Sebille said the sea is shallow.\n\n"They may spot the plane," said van Sebille.'
  assert.equal(who(text, 'cut tariffs'), 'Ursula von der Leyen')
  assert.equal(who(text, 'spot the plane'), 'Erik van Sebille')
})

test('a reporting participle opening the sentence reports for the subject after its comma', () => {
  assert.equal(who('Declaring "the soul of the corps" at stake, Defense Secretary Robert Gates has ordered a review.', 'soul of the corps'), 'Robert Gates')
  assert.equal(who('WASHINGTON (Aug. 13) -- Saying the plan was unfair, Senator Jane Roe voted against it.', 'plan was unfair'), 'Jane Roe')
  assert.equal(who('Arguing that the law is unconstitutional, the American Civil Liberties Union sued the state.', 'unconstitutional'), 'American Civil Liberties Union')
  // No subject with its verb after the comma: no speaker.
  assert.equal(who('Saying goodbye, forever.', 'goodbye'), '-')
})

test('a text that directs, orders or requires says so', () => {
  assert.equal(who('A report accompanying the bill directed the Pentagon to cut spending on drones.', 'cut spending'), 'report')
  assert.equal(who('The 2019 memo instructed guards to check cells every hour.', 'check cells'), '2019 memo')
  // A person or body ordering is an act; a passive has no text.
  assert.equal(who('Attorney General William Barr ordered multiple investigations into the death.', 'multiple investigations'), '-')
  assert.equal(who('Guards were required by the report to check cells.', 'check cells'), '-')
})

test('a released text followed by "showing" or "finding" reports what it shows', () => {
  const team = 'A team from the University of Tampa is releasing a report Aug. 17 showing that dispersants sank the oil.'
  assert.equal(who(team, 'dispersants sank'), 'University of Tampa report')
  assert.equal(who('The agency released data showing that hiring slowed.', 'hiring slowed'), 'data')
  // A picture is no text.
  assert.equal(who('Neighbours shared a photo showing the flooded street.', 'flooded street'), '-')
})
