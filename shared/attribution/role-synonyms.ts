// Role nouns news uses for a person's title without repeating it (GUIDE 4):
// "the Ukrainian leader" for President Volodymyr Zelenskyy, "the lawmaker"
// for Sen. Shelley Moore Capito, "the diplomat" for an ambassador. A role
// noun fits a person whose titles hold it or one of the titles it stands for.

const STANDS_FOR: ReadonlyMap<string, readonly string[]> = new Map([
  ['leader', ['president', 'premier', 'prime', 'chancellor', 'king', 'queen', 'emir', 'monarch', 'chairman']],
  ['lawmaker', ['senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'legislator', 'mp', 'deputy']],
  ['legislator', ['senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'mp']],
  ['diplomat', ['ambassador', 'envoy', 'consul']],
  ['executive', ['ceo', 'chief', 'president', 'chairman', 'chairwoman']],
  // ("the Kremlin representative" for its spokesman: one who speaks for a body.)
  ['representative', ['spokesman', 'spokeswoman', 'spokesperson']],
])

// Whether a person with these titles can be called "the <head>".
export function hasRole(roles: ReadonlySet<string>, head: string): boolean {
  if (roles.has(head)) return true
  const titles = STANDS_FOR.get(head)
  return titles !== undefined && titles.some((t) => roles.has(t))
}
