// A document as its files on disk say (documents/<id>.json, the snapshot,
// with its journal replayed: electron/store/journal.ts), checked against
// the schemas; throws on a bad snapshot. For tests that look at the disk.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SnapshotFile, type DocumentFile } from '../../electron/store/files.ts'
import { readJournal } from '../../electron/store/journal.ts'
import { journalOf } from '../../electron/store/stamp.ts'

export function documentPath(dir: string, id: string): string {
  return join(dir, 'documents', `${id}.json`)
}

export async function readDocumentOnDisk(dir: string, id: string, file = documentPath(dir, id)): Promise<DocumentFile> {
  const { seq, ...snapshot } = SnapshotFile.parse(JSON.parse(await readFile(file, 'utf8')))
  const journal = await readFile(journalOf(file), 'utf8').catch(() => '')
  return readJournal(snapshot, seq, journal).data
}
