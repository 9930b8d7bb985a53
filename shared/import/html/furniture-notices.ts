// The site's notices at the end of a story: its copyright ("© 2022,
// BreakingBelizeNews.com. This article is the copyrighted property of …",
// "Alle Rechte vorbehalten"), an offer to advertise ("Advertise with the
// most visited news site in …"), and a disclaimer about what contributors
// write. Asked only of the lines after the story's last text
// (furniture-lines.ts), so a story about copyright keeps its sentences.

// In English, German, Spanish, French, Polish, Portuguese, Italian, Russian.
const RIGHTS = /\ball rights reserved\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\btous droits réservés\b|\bwszelkie prawa zastrzeżone\b|\btodos os direitos reservados\b|\btutti i diritti riservati\b|все права защищены/iu
// "© 2022, Site.", "Copyright 2020 Site", "(c) Site": a notice opening so.
const COPYRIGHT_START = /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))/iu
// "… copyrighted property of …", "may not be reproduced without permission".
const NO_REPRINT = /\bcopyrighted (?:property|material)\b|\b(?:reprint|reproduc|republish|redistribut|rewritten)\w*\b.{0,80}\bwithout\b.{0,40}\b(?:permission|consent)\b|\bwithout\b.{0,40}\b(?:permission|consent)\b.{0,80}\b(?:reprint|reproduc|republish|redistribut)\w*/iu
// "Advertise with us", "Advertise with the most visited news site in …".
const ADVERTISE = /^(?:advertise (?:with|on|in|here)\b|want to advertise\b|werben sie (?:bei|auf|mit)\b|an[uú]nciate (?:con|en)\b|annoncez (?:avec|sur|chez)\b)/iu
// "… is not responsible for the opinions … of contributors", "The views
// expressed … are those of the author".
const DISCLAIMER = /\bnot responsible for the (?:opinions|views|content)\b|\bviews expressed\b.{0,120}\b(?:are|do not)\b.{0,60}\b(?:author|writer|contributor)s?\b|\b(?:opinions|views) expressed\b.{0,80}\bnot necessarily\b/iu

export function isNotice(line: string): boolean {
  if (line.length > 600) return false
  const text = latinLookalikes(line)
  return COPYRIGHT_START.test(text) || RIGHTS.test(text) || NO_REPRINT.test(text) || ADVERTISE.test(text) || DISCLAIMER.test(text)
}

// Cyrillic letters that look Latin, as some sites write their offers to
// slip past filters ("Аdvеrtіѕе wіth …"): read as the Latin letters they
// show, but only in a line whose words mix the two scripts.
const LOOKALIKES = new Map(Object.entries({
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ѕ: 'S', Ј: 'J',
}))
const MIXED = /[A-Za-z][\u0400-\u052f]|[\u0400-\u052f][A-Za-z]/

function latinLookalikes(text: string): string {
  if (!MIXED.test(text)) return text
  let out = ''
  for (const c of text) out += LOOKALIKES.get(c) ?? c
  return out
}

// The site's appeal under the story, told in several lines: "To view the
// full story, please subscribe …", "Join now or renew to get: …",
// "Apoya el periodismo incómodo", "HAZTE MIEMBRO …". Words that ask the
// reader to pay or join, in English, Spanish, Portuguese, French, German.
const APPEAL = /\b(?:subscribe|become a (?:member|subscriber|patron|supporter)|join (?:now|us|our|today)|(?:support|fund) (?:our|us|independent|local|quality) (?:journalism|reporting|work)?|your support|donate|membership|first-time subscribers)\b|suscr[ií]b|ap[oó]yanos|apoya (?:el|a|nuestro)|hazte (?:miembro|socio)|únete|membres[ií]a|te necesitamos|assine|abonnez|soutenez|faites un don|abonnieren|unterstützen sie|jetzt spenden|mitglied werden/iu
const APPEAL_REACH = 8

// Where such an appeal begins in the last few blocks: a run that starts
// with an asking line and has at least two of them, half its lines or
// more. `blocks.length` when there is none.
export function appealStart(texts: string[]): number {
  let start = texts.length
  let asking = 0
  for (let i = texts.length - 1; i >= Math.max(0, texts.length - APPEAL_REACH); i--) {
    const text = texts[i]!
    if (text.length > 800) break
    const asks = APPEAL.test(latinLookalikes(text))
    if (asks) asking++
    if (asks && asking >= 2 && asking * 2 >= texts.length - i) start = i
  }
  return start
}
