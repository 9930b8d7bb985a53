// The label of a link to another story set inside or under the article:
// "Read more:", "Lea también:", "À lire aussi :", "Zobacz również:".
// English, Russian and Chinese labels may stand without a colon; the
// others were seen on news pages in Spanish, Portuguese, French, German,
// Italian, Polish, Dutch and Czech, and need one (or an arrow) after them,
// as "Mira" and "Lea" also begin sentences and names.

const BARE = String.raw`read more|read also|see also|also read|related|more on this|watch|listen|читайте также|смотрите также|читайте|相关(?:新闻|阅读)|延伸阅读|推荐阅读`
const LABELLED = [
  // English labels that also begin sentences: "MORE: <linked headline>"
  String.raw`more|more coverage|related coverage|also see|watch more`,
  // Spanish and Portuguese
  String.raw`le[ae] (?:también|además|más)|le[ae]|ve[ar] (?:también|más)|vea|mir[ae](?: también)?|(?:también )?(?:le|te) puede interesar|puedes ver|noticias? relacionadas?|leia (?:também|mais)|veja (?:também|mais)|saiba mais`,
  // French, German, Italian
  String.raw`(?:à |a )?lire aussi|(?:à |a )?voir aussi|sur le même sujet|lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|schon gelesen|leggi anche|vedi anche`,
  // Polish, Dutch, Czech
  String.raw`(?:zobacz|czytaj|przeczytaj) (?:również|także|też)|lees (?:ook|meer)|zie ook|čtěte (?:také|též)|přečtěte si (?:také|též)`,
].join('|')

// A bare label is a whole word: "Watchdog's report" is no "Watch" label.
export const READ_MORE = new RegExp(String.raw`^\s*(?:(?:${BARE})(?![\p{Script=Latin}\p{Script=Cyrillic}\d])\s*[:：]?|(?:${LABELLED})\s*(?:[:：?»>|]|\s(?:sur|on|auf|en)\s\S+\s*(?:[:»>|]|$)))`, 'iu')

// The label alone, as a line over the links it introduced, or left at the
// end of the story once they went.
const LABEL_ALONE = new RegExp(String.raw`^\s*(?:${BARE}|${LABELLED})\s*[:：?…»>]*\s*$`, 'iu')

export function isReadMoreLabel(text: string): boolean {
  return LABEL_ALONE.test(text)
}
