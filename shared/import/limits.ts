// How large a file Sourcemark imports. The contract sizes its base64 field
// from this; the decoder refuses anything larger.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
