// Imported first by preload.ts: the preload runs under the page's CSP (no
// eval), where zod's probe for compiling parsers is a violation report on
// every load. jitless skips it; parsing stays the same (as
// scripts/zod-jitless.mjs does for the page's bundle).

import { z } from 'zod'

z.config({ jitless: true })
