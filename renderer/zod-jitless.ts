// Imported first by main.ts, before any module defines a schema: zod decides
// whether to compile parsers with new Function when an object schema is
// made, and under our CSP (no eval) even its probe is a violation report on
// every load. jitless skips both; parsing stays the same.

import { z } from 'zod'

z.config({ jitless: true })
