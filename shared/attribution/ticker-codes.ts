// Reuters writes a listed firm's stock code bare after its name ("Lamb
// Weston LW.N on Tuesday cut", "McDonald's MCD.N and Yum Brands YUM.N"). The
// code is no word of the name: read as a capital, it glued itself to the
// firm ("Lamb Weston LW"). It is read as blanks; each character keeps its
// place, so offsets into the text stay the same. A code in brackets is
// already an aside.

// A capitalised word (or its "'s"), a space, then CODE.EXCHANGE with a known exchange suffix, then a break.
const CODE = /(?<=\p{Lu}[\p{L}&.-]*(?:['’]s)? )[A-Z][A-Z0-9]{0,5}\.(?:N|O|OQ|K|L|T|HK|SS|SZ|DE|PA|AS|MI|MC|ST|CO|HE|OL|SW|TO|AX|KS|BO|NS|SI|TW)(?=[\s,;:)]|$)/gu

export function maskTickers(text: string): string {
  // (Cheap test first: nearly every text has no such code.)
  if (!/[A-Z]\.[A-Z]{1,2}[\s,;:)]/.test(text)) return text
  return text.replace(CODE, (code) => ' '.repeat(code.length))
}
