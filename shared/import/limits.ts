// How large a file Sourcemark imports. The contract sizes its base64 field
// from this; the decoder refuses anything larger.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
export const TOO_LARGE_MESSAGE = `The file is larger than the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB import limit.`

// A file that passed the limit while it was being read (it was being
// written meanwhile).
export const GREW_WORDS = `it grew past the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB import limit while it was being read`

// A file found too large, in the words a person reads sizes in.
export function tooLargeWords(bytes: number): string {
  return `it is ${(bytes / (1024 * 1024)).toFixed(1)} MB, larger than the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB import limit`
}
