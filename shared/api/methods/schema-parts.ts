// Small schemas several groups of methods share.

import { z } from 'zod'
import { MAX_IMPORT_BYTES } from '../../import/limits.ts'

export const Empty = z.strictObject({})

export const Count = z.number().int().nonnegative()

// A file's bytes cross the transports as base64, so both can carry them as
// JSON. 20 MB of file is at most this many characters.
export const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4
export const Base64 = z.string().max(MAX_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file did not arrive as base64')
