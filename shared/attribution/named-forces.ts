// "the police said", "according to the police": the force the article names
// ("Nigeria Police Force", "Plateau State Police Command", "Dhaka
// Metropolitan Police"), when it names one (GUIDE 4: a role noun resolves to
// the named entity). A public force needs no antecedent (attribute.ts), so
// the engine keeps the bare word; here it takes the name. Two forces, or a
// station, a union or a college of the police, leave "police" as written.

interface Sourced { source: string; sourceKind: string; sourceId: string | null }

// A force's capitalised name: "Police" among its words, and no word of a part or an association of it.
// ("Nigeria Police Force Intelligence Department": the force that a unit's name opens with.)
const FORCE = /^(?:\p{Lu}[\p{L}'’.-]*\s){1,5}Police(?:\s(?:Force|Service|Command|Department)(?=\s|$))?/u
const NOT_FORCE = /\b(?:Station|Post|Academy|College|School|Hospital|Club|Union|Association|Federation|Commissioner|Chief|Spokesman|Spokesperson|Officer|Inspector|Superintendent)\b/
// ("Traffic Police", "Border Police": a force's branch, named by what it does.)
const BRANCH = /^(?:Traffic|Military|Border|Secret|Railway|Transit|Marine|Riot|Tourist|Tourism|Religious|Mounted|Highway|Harbour|Harbor|Park|Campus|University|Airport|Port|Special|Judicial|Financial|Cyber|Crime|Criminal|Forest|Frontier|Moral|Morality|Royal Military) Police$/
const MAX_BODIES = 256

export function namedForces(out: Sourced[], bodies: readonly string[], match: (name: string) => string | null): void {
  if (!out.some((s) => s.source.toLowerCase() === 'police' && s.sourceKind === 'organisation')) return
  const forces: string[] = []
  for (const b of bodies.slice(0, MAX_BODIES)) {
    const f = FORCE.exec(b)?.[0]
    if (!f || NOT_FORCE.test(b) || BRANCH.test(f) || forces.includes(f)) continue
    forces.push(f)
  }
  // ("Nigeria Police" and "Nigeria Police Force": one force, named in full.)
  const whole = forces.filter((f) => !forces.some((g) => g !== f && g.includes(f)))
  if (whole.length !== 1) return
  const force = whole[0]!
  for (const s of out) {
    if (s.source.toLowerCase() !== 'police' || s.sourceKind !== 'organisation') continue
    s.source = force
    s.sourceId = match(force)
  }
}
