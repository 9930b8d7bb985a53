// "The Federal Aviation Administration proposed ... The agency said": news
// calls any public body "the agency", whatever its name's own noun. The body
// named last in the paragraph is the one meant, before an agency named
// "... Agency" further back (discourse.ts keeps the entities).

import type { Entity } from './discourse.ts'

const BODY = /\b(?:Agency|Administration|Service|Bureau|Commission|Authority|Office|Board|Centers?|Institutes?)\b/

// The public body named last in paragraph `para`, or null.
export function agencyJustNamed(recent: readonly Entity[], para: number): Entity | null {
  return recent.find((e) => e.kind === 'organisation' && e.para === para && BODY.test(e.name)) ?? null
}
