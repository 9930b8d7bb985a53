// Public bodies news names by their initials or a coined word alone, with no
// word of a public body in the name ("the FDA", "USDA", "Ofcom"): what a
// firm's noun ("the company", "the drugmaker") never stands for, and what
// "the agency" or "the regulator" may (role-antecedents.ts). Names of
// bodies that write themselves out ("Food and Drug Administration") are
// read by their words (org-forms.ts); these are the short names that have
// no such word. A word class, kept short: state agencies and regulators,
// central banks and unions of states that business news names most.

const INITIALS = new Set(`fda epa sec ftc faa fcc usda cdc nih fbi cia nsa nasa irs doj dhs hhs fema ntsb osha nhtsa cfpb fdic
occ dea atf ice cbp uscis ustr fed nhs ecb imf who wto oecd nato opec rbi pboc boj boe sebi cma fca pra ofcom ofgem ofwat
ofsted eba esma acma asic accc apra mas hkma csrc sasac ndrc miit samr nmpa mhra ema cqc dvla hmrc dwp`.split(/\s+/))

// Whether a body's whole name is one of these short names ("FDA", "Ofcom"; "U.S. FDA" too).
export function publicInitials(name: string): boolean {
  const last = name.replace(/^(?:U\.S\.|US|UK|EU)\s+/, '')
  return !/\s/.test(last) && INITIALS.has(last.toLowerCase())
}
