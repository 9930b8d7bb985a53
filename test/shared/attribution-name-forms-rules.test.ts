// Name forms (session 9): a person's source is the fullest form of the name
// the article gives, without the jobs and ranks news capitalises before it
// (GUIDE 4), each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a capitalised job after an employer is no part of the name', () => {
  assert.equal(who('Orbital Agency Administrator Dana Welk said the launch would slip.', 'launch would slip'), 'Dana Welk')
  assert.equal(who('Norvel CIO Tomas Brandt said the network was safe.', 'network was safe'), 'Tomas Brandt')
})

test('a capitalised job opening the run is dropped, and the bare surname after finds the full name', () => {
  const text = 'Park Ranger Supervisor Lena Marsh said the trail was closed. Marsh said hikers had been warned.'
  assert.equal(who(text, 'trail was closed'), 'Lena Marsh')
  assert.equal(who(text, 'hikers had been warned'), 'Lena Marsh')
  assert.equal(who('Employee Ravi Dunn told the paper that he fought the man off.', 'fought the man'), 'Ravi Dunn')
})

test('a hyphenated given name stays whole after a long title', () => {
  const text = 'Deputy Director of Public Prosecution Anna-Lena Berg took the decision, the agency said.\n\nMs Berg said: "The evidence has weakened."'
  assert.equal(who(text, 'evidence has weakened'), 'Anna-Lena Berg')
})

test('a legislator named with his state is the person alone', () => {
  assert.equal(who('In 2013, Senator Mitch McConnell of Kentucky called the debt “the great issue of our time.”', 'great issue'), 'Mitch McConnell')
})

test('a peer or knight is named without the honour, a bare peer after by the full name', () => {
  const text = 'Former minister Kenneth Baker said the bill was wrong. Lord Baker said it would fail in the Lords.'
  assert.equal(who(text, 'fail in the Lords'), 'Kenneth Baker')
  assert.equal(who('Sir Keir Starmer said the plan was sound.', 'plan was sound'), 'Keir Starmer')
  // A peer the article names no other way keeps the title.
  assert.equal(who('Lord Harwell said the bill would fail.', 'bill would fail'), 'Lord Harwell')
})
