// Recall (session 13): sentences whose content a party owns although no verb
// of saying carries it, shown on made-up sentences, each with the near miss
// the rule must leave to the writer.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a party that wants something done, or expects to do it, holds that stance', () => {
  assert.equal(who('Norway wants the Danish government to return the paintings before the summer.', 'return the paintings'), 'Norway')
  assert.equal(who('Tarrow Mining expects to ship 40,000 tonnes of ore in 2027.', 'ship 40,000 tonnes'), 'Tarrow Mining')
  assert.equal(who('But Kestrel Air is resisting a fixed quota for flights, and wants to let the market decide prices.', 'let the market decide'), 'Kestrel Air')
  // A plan in the passive, a negated wish, a group described in the writer's words, and a wish a clause reports stay unattributed.
  assert.equal(who('The minister is expected to visit the paintings in May.', 'visit the paintings'), '-')
  assert.equal(who('Norway does not want to return the paintings.', 'return the paintings'), '-')
  assert.equal(who('Most young miners want to live in cities, where pay is higher.', 'live in cities'), '-')
  assert.equal(who('Nobody knows what Tarrow Mining wants to ship next year.', 'ship next year'), '-')
  assert.equal(who('Tarrow Mining wants to know whether the port will open.', 'port will open'), '-')
})

test('a headline puts its speaker before a verb of saying, or credits a group after a dash', () => {
  const body = "\n\nOSLO, March 3 - Norway's coast guard chief Lars Berg said on Tuesday that the Arctic route would stay closed until May."
  assert.equal(who(`NORWAY DOUBTS ARCTIC ROUTE WILL OPEN${body}`, 'WILL OPEN'), 'Norway')
  assert.equal(who(`NORWAY REPORTS HEAVY ICE ON ARCTIC ROUTE${body}`, 'HEAVY ICE'), 'Norway')
  // (A role is named from the body.)
  assert.equal(who(`NORWAY'S COAST GUARD CHIEF THREATENS ARCTIC CLOSURE${body}`, 'CLOSURE'), 'Lars Berg')
  assert.equal(who(`Arctic field may hold 200 mln barrels -analysts${body}`, 'may hold'), 'analysts (anonymous)')
  assert.equal(who(`DIPLOMATS CALL NORWAY'S MOVE MEASURED${body}`, 'MEASURED'), 'diplomats (anonymous)')
  // A company's results, a plan, a pledge to act and a meeting called are the headline's news, not somebody's words.
  assert.equal(who(`NORWAY PLANS TO CLOSE ARCTIC ROUTE${body}`, 'ARCTIC ROUTE'), '-')
  assert.equal(who(`NORSE SHIPPING REPORTS 1ST QTR NET PROFIT${body}`, 'PROFIT'), '-')
  assert.equal(who(`NORWAY, DENMARK PLEDGE TO DEEPEN ARCTIC TIES${body}`, 'DEEPEN'), '-')
  assert.equal(who(`NORWAY CALLS EMERGENCY MEETING ON ARCTIC${body}`, 'EMERGENCY'), '-')
})

test('"was quoted" with a participle gives the subject\'s words, relayed by the paper it was quoted in', () => {
  const text = 'Councillor Anna Reid sits on the harbour board.\n\n'
  assert.equal(who(`${text}Ms Reid was quoted in the Courier newspaper saying: "The harbour plan is dead."`, 'harbour plan is dead'), 'Anna Reid via Courier')
  assert.equal(who(`${text}The harbour would close in May, she was quoted in the Courier telling a meeting.`, 'harbour would close'), 'Anna Reid via Courier')
  assert.equal(who(`${text}Reid was quoted calling the harbour plan "a waste of money".`, 'waste of money'), 'Anna Reid')
  // A price that is quoted, and a quoted text, say nothing of a speaker.
  assert.equal(who(`${text}Harbour bonds were quoted at 95 cents in London trading.`, '95 cents'), '-')
})

test('a wire\'s sign-off alone on its line is a credit, not a report', () => {
  const story = 'Iran alleged that the consortium"s plans broke the 1976 agreement. Greece declared it considers the accord inoperative.'
  assert.equal(who(`${story} REUTER`, 'REUTER'), '-')
  assert.equal(who(`${story}\n\nAFP`, 'AFP'), '-')
  // A one-word sentence inside a quotation's paragraph is still the speaker's.
  assert.equal(who('"We will win. Victory. Nobody doubts it," the general said.', 'Victory'), 'general (anonymous)')
})

test('a banker placed by where he is ("a senior banker in the area"), an academic, is an unnamed source', () => {
  assert.equal(who('A senior Gulf banker in the area said after the news broke: "This was a measured response."', 'measured response'), 'senior Gulf banker in the area (anonymous)')
  assert.equal(who('One academic told the authors how she had been given a six-month contract without an interview.', 'six-month contract'), 'academic (anonymous)')
  // A banker who is told to act says nothing.
  assert.equal(who('The robbers forced a banker in the area to open the safe.', 'open the safe'), '-')
})

test('a speaker defending a decision or a body gives its case, and the quotation after it is its own', () => {
  const text = 'Mayor Ilse Brandt met the council on Monday.\n\nHowever, she defended her decision to close the harbour to cruise ships.\n\n"The harbour is not a car park. We had to act."'
  assert.equal(who(text, 'close the harbour'), 'Ilse Brandt')
  assert.equal(who(text, 'not a car park'), 'Ilse Brandt')
  assert.equal(who('Brandt defended the council when she was asked about the delays.', 'asked about the delays'), 'Brandt')
  // A title, a city or a lead defended is sport or war; a refusal to defend says nothing.
  assert.equal(who('Brandt defended her title at the Leith open.', 'Leith open'), '-')
  assert.equal(who('The garrison defended the city for a week.', 'the city'), '-')
  assert.equal(who('Brandt refused to defend the decision to close the harbour.', 'close the harbour'), '-')
})

test('a quantifier floated after the subject ("... and Tesco all said") is passed over to the speakers', () => {
  assert.equal(who('The two harbour masters both said the port would open by June.', 'port would open'), 'harbour masters (anonymous)')
  assert.notEqual(who('Kestrel Air and Norse Shipping all said that the winter was poor.', 'winter was poor'), '-')
  // "All said and done" opens the writer's own sentence.
  assert.equal(who('All said and done, the port will open by June.', 'port will open'), '-')
})

test('a speaker set off from its verb by the text it spoke in ("IRNA, in a report received in London, said")', () => {
  assert.equal(who('The Kestrel news agency KNA, in a report received in London, said the offensive was over.', 'offensive was over'), 'KNA')
  assert.equal(who('Kestrel Air, in a statement on its website on Monday, said the route would close.', 'route would close'), 'Kestrel Air')
  // A report with a clause of its own is what the sentence is about, not an aside.
  assert.equal(who('The plan, in a report that was leaked, said nothing new.', 'nothing new'), '-')
})

test('"saying" with no comma after a speaker\'s clause, as wire copy writes it, still reports', () => {
  assert.equal(who('Kestrel Air and Norse Shipping have opposed the harbour plan for some time saying it would ruin the port.', 'ruin the port'), 'Kestrel Air and Norse Shipping')
  // A sign or a farewell "saying" nothing of a clause is no report.
  assert.equal(who('The children waved at the harbour saying goodbye.', 'goodbye'), '-')
  assert.equal(who('The harbour master put up a sign saying no entry.', 'no entry'), '-')
})

test('a worry voiced about something is the stance of who voiced it', () => {
  assert.equal(who('Shares rose, but analysts still expressed concern about the strength of the harbour trade.', 'strength of the harbour'), 'analysts (anonymous)')
  assert.equal(who('Mayor Ilse Brandt voiced deep concerns over the harbour plan.', 'harbour plan'), 'Ilse Brandt')
  // A worry raised is voiced too (labellers attribute it); one denied, and one with nothing it is about, stay the writer's.
  assert.equal(who('Lawmakers raised concerns about the port on Monday.', 'the port'), 'lawmakers (anonymous)')
  assert.equal(who('Chairman Oleg Marten expressed interest in deeper trade with Kelso.', 'deeper trade'), 'Oleg Marten')
  assert.equal(who('Mayor Ilse Brandt did not express concern about the harbour plan.', 'harbour plan'), '-')
  assert.equal(who('Mayor Ilse Brandt expressed concern on Monday.', 'on Monday'), '-')
})

test('a headline verb that is also a plural noun needs a speaker the body names', () => {
  const body = "\n\nOSLO, March 3 - Insurers in Norway said on Tuesday that payouts would rise after the storms hit Norway's coast."
  assert.equal(who(`INSURANCE CLAIMS RISE AFTER ARCTIC STORMS${body}`, 'RISE AFTER'), '-')
  assert.equal(who(`NORWAY CLAIMS ARCTIC STORMS WERE WORST ON RECORD${body}`, 'WORST ON RECORD'), 'Norway')
})
