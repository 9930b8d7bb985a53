// Bytes to base64 for importDocument. btoa takes a "binary string", and
// building one with String.fromCharCode(...bytes) overflows the stack on a
// large file, so the bytes go through in chunks. Each chunk is a multiple
// of 3 bytes long, so its base64 has no padding and the pieces join as is.

const CHUNK = 3 * 8192

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let at = 0; at < bytes.length; at += CHUNK) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(at, at + CHUNK))))
  }
  return parts.join('')
}
