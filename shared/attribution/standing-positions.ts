// A standing position in the writer's own background ("Russia has denied
// interfering in the election", "Moscow has long denied any meddling",
// "Beijing denies the charge"): the perfect or a present denial says what a
// party has held all along, which the writer knows without the outlet the
// paragraph relays, so it takes no relay from its neighbours (GUIDE 5). The
// cue's own words decide; "he said" or "the ministry denied" on the day are
// the occasion's report and may still have come through the relay.

const STANDING = /\b(?:has|have)\s+(?:(?:long|repeatedly|previously|consistently|always|also|since|strongly|flatly)\s+){0,2}(?:denied|said|insisted|maintained|rejected|dismissed|called)\b|\bden(?:y|ies)\b/i

export function isStanding(cue: string): boolean {
  return STANDING.test(cue)
}

// "Russia says it did not interfere", "Supporters of Magnitsky say ...": a party's present-tense
// stance, named afresh beside a relayed report, is the writer's background too. (A pronoun or role
// noun that says so goes on with the relayed speaker: "He says he was misled".)
const PRESENT_STANCE = /\b(?:says|say|maintains|maintain|insists|insist|contends|contend|argues|argue)\b/i

export function isPresentStance(cue: string): boolean {
  return PRESENT_STANCE.test(cue)
}
