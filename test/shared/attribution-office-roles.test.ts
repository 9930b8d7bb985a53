// A post used as a name is the one person the article names with it (session
// 28: role-descriptions.ts roleNames over person-roles.ts): an office's head
// after its capitalised words ("Interior Affairs Adviser", "Home Secretary"
// for the "Additional Chief Secretary to the Home Department"), a post's
// initials written before the name ("DGP"), and the person's name read with
// a body or an undotted initial before it (person-tails.ts). Made-up
// sentences, each with a near miss that must stay as it was.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { PersonRoles } from '../../shared/attribution/person-roles.ts'
import { personTails } from '../../shared/attribution/person-tails.ts'

test('the roles table reads a post "to the" body, skips "(retd)", and takes no participle clause or list of others', () => {
  const text = 'Additional Chief Secretary to the Home Department Ravi Shankar spoke on Monday.\n\n' +
    'Interior Affairs Adviser Major General (retd) Md Karim Uddin Bhuiyan said the curfew would end.\n\n' +
    'Rejecting claims of torture in custody, Shankar said inquiries were fair.\n\n' +
    'Standing beside police chief DGP P Rangarajan, city Commissioner B Anand, and ADGP Suresh Pillai, he spoke.'
  const roles = new PersonRoles(text, ['Ravi Shankar', 'Md Karim Uddin Bhuiyan', 'P Rangarajan', 'B Anand', 'Suresh Pillai'])
  for (const w of ['additional', 'chief', 'secretary', 'home', 'department']) assert.ok(roles.of('Ravi Shankar').has(w), w)
  for (const w of ['interior', 'affairs', 'adviser', 'general']) assert.ok(roles.of('Md Karim Uddin Bhuiyan').has(w), w)
  assert.ok(!roles.of('Ravi Shankar').has('torture') && !roles.of('Ravi Shankar').has('rejecting'))
  assert.ok(roles.of('P Rangarajan').has('dgp'))
  assert.ok(!roles.of('P Rangarajan').has('commissioner') && !roles.of('P Rangarajan').has('adgp'))
})

test('"Home Secretary" in the headline and "the official added" are the one person holding that post', () => {
  const text = 'State has no tolerance for deaths in custody: Home Secretary\n\n' +
    'MADURAI: Additional Chief Secretary to the Home Department Ravi Shankar said on Friday that the government has no tolerance for deaths in custody.\n\n' +
    'Addressing reporters along with DGP P Rangarajan, he said the police had been told how to act.\n\n' +
    'Rejecting claims of torture, Shankar reiterated that every case is investigated.\n\n' +
    'Seeking to counter the charge of rising crime, the official added that thefts have declined since 2022.'
  assert.equal(who(text, 'no tolerance for deaths in custody: Home Secretary'), 'Ravi Shankar')
  assert.equal(who(text, 'the government has no tolerance'), 'Ravi Shankar')
  assert.equal(who(text, 'told how to act'), 'Ravi Shankar')
  assert.equal(who(text, 'every case is investigated'), 'Ravi Shankar')
  assert.equal(who(text, 'thefts have declined'), 'Ravi Shankar')
})

test('"Interior Affairs Adviser" read as a name is the adviser the article names, in the form it names him', () => {
  const text = 'I have not resigned: Interior Affairs Adviser\n\n' +
    'Responding to rumours, Interior Affairs Adviser Major General (retd) Md Karim Uddin Bhuiyan said, "I am still here."\n\n' +
    'The Interior Affairs Adviser said that 12 people have been arrested.\n\n' +
    'He added that security at the newspapers had been raised.'
  assert.equal(who(text, 'I have not resigned'), 'Md Karim Uddin Bhuiyan')
  assert.equal(who(text, '12 people have been arrested'), 'Md Karim Uddin Bhuiyan')
  assert.equal(who(text, 'security at the newspapers'), 'Md Karim Uddin Bhuiyan')
})

test('"the DGP said" is the person the article writes "DGP" before; a body\'s initials stay the body', () => {
  const text = 'Speaking about cases under the new Act, DGP P Rangarajan said the department holds awareness drives.\n\n' +
    '"Complaints are acted upon at once," the DGP said.'
  assert.equal(who(text, 'awareness drives'), 'P Rangarajan')
  assert.equal(who(text, 'Complaints are acted upon'), 'P Rangarajan')
  const body = 'NIA Director Kamal Verma said the case was closed.\n\n"No one else is under suspicion," the NIA said.'
  assert.equal(who(body, 'No one else is under suspicion'), 'NIA')
})

test('a post two people hold, or an office nobody is named with, stays as written', () => {
  const two = 'Home Secretary speaks on floods\n\n' +
    'Home Secretary Anita Desai said relief had reached every district.\n\n' +
    'Former Home Secretary Vikram Rao said the relief came late.'
  assert.notEqual(who(two, 'Home Secretary speaks on floods'), 'Vikram Rao')
  const none = 'The Home Affairs Adviser said 40 people had been detained.\n\nCity mayor Rita Gomes said the roads were clear.'
  assert.notEqual(who(none, '40 people had been detained'), 'Rita Gomes')
})

const tails = (sources: [string, string][], persons: string[] = []) => {
  const out = sources.map(([source, sourceKind]) => ({ source, sourceKind, sourceId: null as string | null, otherSources: [] as string[] }))
  personTails(out, () => null, new Set(persons))
  return out.map((s) => `${s.source} (${s.sourceKind})`)
}

test('an undotted initial is part of the name after a title; a body before a known person is cut off', () => {
  assert.deepEqual(tails([['DGP P Rangarajan', 'person']]), ['P Rangarajan (person)'])
  assert.deepEqual(tails([['Home Department Ravi Shankar', 'organisation']], ['Ravi Shankar', 'Shankar']), ['Ravi Shankar (person)'])
})

test('near misses: a body whose tail the article never reads as a person keeps its name; no lone initial at the end', () => {
  assert.deepEqual(tails([['Bank Julius Baer', 'organisation']], ['Baer']), ['Bank Julius Baer (organisation)'])
  assert.deepEqual(tails([['Organization of the Petroleum Exporting Countries', 'organisation']], ['Countries']),
    ['Organization of the Petroleum Exporting Countries (organisation)'])
  assert.deepEqual(tails([['DGP Rangarajan P', 'person']]), ['DGP Rangarajan P (person)'])
})

test('"Tirunelveli DIG" and "General" are the one person named with that post; a bracketed range is no one', () => {
  const text = 'Land disputes were the main challenge to police, says Karur DIG\n\n' +
    'KARUR: The districts of Karur and Dindigul saw 120 murders in 2024, said Deputy Inspector General (DIG) of Police (Karur Range) Ka Selvam here on Friday.\n\n' +
    'A total of 90 cases were registered under the Act last year, he added.\n\n' +
    'Addressing reporters, Ka Selvam said patrols had been doubled.'
  assert.equal(who(text, 'Land disputes were the main challenge'), 'Ka Selvam')
  assert.equal(who(text, '120 murders in 2024'), 'Ka Selvam')
  assert.equal(who(text, 'A total of 90 cases'), 'Ka Selvam')
  const roles = new PersonRoles(text, ['Ka Selvam', 'Karur Range'])
  assert.ok(roles.of('Ka Selvam').has('dig') && roles.of('Ka Selvam').has('karur'))
  assert.equal(roles.of('Karur Range').size, 0)
})

test('a given name written as capital initials is part of the name; a post\'s initials are not', () => {
  const text = 'Demand for fuel will double: Bharat Gas Chairman\n\n' +
    'New Delhi, March 3: Chairman of Bharat Gas Corporation Limited (BGCL) AS Bansal on Tuesday said demand would double.\n\n' +
    '"We are ready for it," Bansal said.'
  assert.equal(who(text, 'We are ready for it'), 'AS Bansal')
  assert.equal(who(text, 'demand would double'), 'AS Bansal')
  const post = 'Crime has fallen, said SSP Nadeem Abbasi.\n\n"Patrols work," SSP Abbasi said.'
  assert.equal(who(post, 'Patrols work'), 'Nadeem Abbasi')
  // (The letters written elsewhere are a body's: no guess.)
  const elsewhere = 'Chairman of Bharat Gas Corporation Limited (BGCL) AS Bansal on Tuesday said the AS unit would open.\n\n' +
    '"We are ready for it," Bansal said.'
  assert.notEqual(who(elsewhere, 'We are ready for it'), 'AS Bansal')
})

test('a month closes a name ("Dong Jun"), but is no name alone', () => {
  const text = 'Minister Taro Sato held talks with his Chinese counterpart Dong Jun on Saturday.\n\n' +
    'Dong said the neighbours must cooperate.\n\n' +
    'The vote is due in early June, Sato said.'
  assert.equal(who(text, 'the neighbours must cooperate'), 'Dong Jun')
  assert.equal(who(text, 'The vote is due'), 'Taro Sato')
})

test('"the DPO said": initials of the post the article writes in full before one name; a body\'s initials stay the body', () => {
  const text = 'At a press conference, Jhelum District Police Officer Dr Tariq Mehmood Awan disclosed that 40 suspects were held.\n\n' +
    'The DPO said that police were still checking their identities.'
  assert.equal(who(text, 'still checking their identities'), 'Tariq Mehmood Awan')
  const body = 'National Investigation Agency (NIA) Director Kamal Verma said the case was closed.\n\n"No one else is under suspicion," the NIA said.'
  assert.equal(who(body, 'No one else is under suspicion'), 'National Investigation Agency')
})

test('an office-holder\'s noun glued before a name is no part of it; a given name ending so stays', () => {
  assert.deepEqual(tails([['Counselor Aigerim Bekova', 'person']]), ['Aigerim Bekova (person)'])
  assert.deepEqual(tails([['Ombudsman Dana Serikova', 'person']]), ['Dana Serikova (person)'])
  assert.deepEqual(tails([['Victor Hugo Mendes', 'person']]), ['Victor Hugo Mendes (person)'])
  assert.deepEqual(tails([['DGP G Venkataraman', 'person'], ['Human Rights Watch', 'organisation']]),
    ['G Venkataraman (person)', 'Human Rights Watch (organisation)'])
})

test('a post read as a broadcaster\'s name ("CBC Governor") is the one person named with it', () => {
  const text = 'CBC Governor expects interest rate cuts in 2026, barring shocks\n\n' +
    'The Governor of the Central Bank of Cyprus (CBC), Andreas Loizou, has said rates could fall in 2026.\n\n' +
    '"Inflation is easing," Loizou said.'
  assert.equal(who(text, 'interest rate cuts in 2026'), 'Andreas Loizou')
  const outlet = 'CBC News reported the closure.\n\nThe Governor of the Central Bank of Cyprus (CBC), Andreas Loizou, said rates could fall.'
  assert.equal(who(outlet, 'reported the closure'), 'CBC News')
})

test('a surname speaking alone is the person a title-glued name only mentioned before holds ("UN Secretary-General Ana Velho\u2019 criticism ... Velho said")', () => {
  const text = 'Kelso news\n\nDorvia rejected UN Secretary-General Ana Velho\u2019 criticism of the launch.\n\nOn Thursday, Velho said the launch was a threat.'
  assert.equal(who(text, 'the launch was a threat'), 'Ana Velho')
  // (A body whose last words look like a name keeps them: "Bank Rakyat Indonesia" ... "Indonesia said".)
  const bank = 'Kelso news\n\nShares of Bank Rakyat Indonesia rose.\n\nIndonesia said the bank was sound.'
  assert.notEqual(who(bank, 'the bank was sound'), 'Rakyat Indonesia')
})

test('a state\'s two-word name after a post is no part of the person\'s name ("Ambassador to the United States Xie Feng")', () => {
  assert.equal(who('Kelso news\n\nDorvian Ambassador to the United States Lin Tao said on Monday that trade would grow.', 'trade would grow'), 'Lin Tao')
  // (A body's name that opens with "United" keeps it: "The United Auto Makers ... chastised".)
  assert.notEqual(who('Kelso news\n\nThe United Auto Makers have chastised Ivo Tam for the plan, saying it threatens jobs.', 'threatens jobs'), 'Auto Makers')
})
