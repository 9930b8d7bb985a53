// What a message for the user must never show: the name of one of
// Sourcemark's own files or folders inside the data folder (a shard, a
// journal, a temp or backup file), or a system error code.

import assert from 'node:assert/strict'

const INTERNAL = /\.jsonl?\b|\.tmp\b|\.bak\b|journal|index-[0-9a-f]{2}\.|head\.json|sources\.json|state\.json|library\.json|[/\\](?:library|documents)\b|\bE[A-Z]{3,}\b/

export function assertNoInternalNames(message: string): void {
  assert.doesNotMatch(message, INTERNAL, `the message names an internal file or a system code: ${message}`)
}
