// "Family members of Alonzo Bagley, a man who ..., have filed a $10 million
// lawsuit", "Acme Corp filed a complaint": the one who files a text is its
// issuer (the documents convention: issuer + document noun, "Alonzo Bagley
// family lawsuit"). Read on the words right before a mention of the text.

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: +\p{Lu}[\p{L}'’.-]*){0,4}`
// The filer, an aside between it and the verb, the verb, the article and up to three words ("$10 million", "federal").
const FILED = new RegExp(String.raw`(?:^|[.!?]\s+|\n|—\s*|--\s*)((?:[Tt]he +)?(?:[Ff]amily +(?:members +)?of +${NAME}|${NAME}['’]s? +family|${NAME}))(?:, [^,]{1,120},)? +(?:has +|have +|had +)?(?:filed|brought|lodged) +(?:a|an) +(?:[\p{L}$\d.,-]+ +){0,3}$`, 'u')
const FAMILY_OF = /^(?:the +)?family +(?:members +)?of +(.+)$/iu
const FAMILY_OWNED = /^(?:the +)?(.+?)['’]s? +family$/iu

// The filer named just before `before` ends, as the text's issuer ("Alonzo Bagley family"), or null.
export function filer(before: string): string | null {
  const m = FILED.exec(before)
  if (!m) return null
  const who = m[1]!
  const family = FAMILY_OF.exec(who) ?? FAMILY_OWNED.exec(who)
  if (family) return `${family[1]} family`
  return who.replace(/^[Tt]he +/, '')
}
