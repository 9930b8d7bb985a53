// Readable ids from names: "Global Times" -> "global-times", made unique
// against the ids already taken by counting up ("global-times-2").

export function uniqueSlug(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = name.normalize('NFKD').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').slice(0, 48).replace(/^-+|-+$/g, '') || fallback
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}
