// What the store tells the user about a repair or a file it could not
// read: the words (what happened, in the data folder they chose, and what
// to do) and the detail for the log (which of Sourcemark's own files, where
// it was moved). The user never sees a shard, a journal or a .bak; the
// detail keeps them for whoever looks into it.

import type { Recovered } from './recovery.ts'

export interface Notice {
  words: string
  detail: string
}

// The same sentence for both: it names nothing internal (the data folder).
export function plainNotice(words: string): Notice {
  return { words, detail: words }
}

const inFolder = (dir: string) => `in the data folder (${dir})`

// The library's list of documents (head, shards, a library.json of old):
// it is always made again from the documents, so nothing is lost.
export function libraryRepaired(dir: string, result: Recovered<unknown> | null, detail: string): Notice {
  const kept = result && 'movedTo' in result && result.movedTo ? ' The damaged file was kept in that folder.' : ''
  return { words: `Sourcemark repaired the library's list of documents ${inFolder(dir)}: part of it was damaged or missing, and it was made again from your documents. Nothing was lost.${kept}`, detail }
}

// The list made again from the documents when none was found.
export function libraryRebuilt(dir: string, found: number, detail: string): Notice {
  return { words: `The library's list of documents ${inFolder(dir)} was missing; Sourcemark made it again from the ${found} document${found === 1 ? '' : 's'} there. Nothing was lost.`, detail }
}

export function sourcesRepaired(dir: string, result: Recovered<unknown>, detail: string): Notice {
  const words = result.status === 'restored'
    ? `Your list of sources ${inFolder(dir)} was ${result.movedTo ? 'damaged' : 'missing'}; Sourcemark went back to the copy saved before it${result.movedTo ? ' and kept the damaged one in that folder' : ''}. Check your sources: their last change may be missing.`
    : `Your list of sources ${inFolder(dir)} could not be read and had no usable backup; Sourcemark started again from the built-in sources and kept the damaged file in that folder. Add again the sources you had added; their annotations are kept.`
  return { words, detail }
}

// title: the document's, when the library knows it.
function documentName(title: string | undefined): string {
  return title ? `The document "${title}"` : 'A document'
}

export function documentRepaired(dir: string, title: string | undefined, result: Recovered<unknown>, detail: string): Notice {
  const name = documentName(title)
  const words = result.status === 'restored'
    ? `${name} ${inFolder(dir)} was ${result.movedTo ? 'damaged' : 'missing'}; Sourcemark went back to the copy saved before it${result.movedTo ? ' and kept the damaged one in that folder' : ''}. Check its latest annotations.`
    : `${name} ${inFolder(dir)} could not be read and has no usable backup, so it cannot be opened; the damaged file was kept in that folder.`
  return { words, detail }
}

// A document from a newer Sourcemark, one damaged in a folder another
// Sourcemark owns (left for it to repair), or one the system would not let
// us read; why: the error's name.
export function documentUnreadable(dir: string, title: string | undefined, why: string, detail: string): Notice {
  const name = documentName(title)
  if (why === 'NewerVersionError') return { words: `${name} ${inFolder(dir)} was saved by a newer version of Sourcemark. Update Sourcemark to open it.`, detail }
  if (why === 'RepairNeededError') return { words: `${name} ${inFolder(dir)} is damaged; it was left as it is, for the Sourcemark using that folder to repair when it opens the document.`, detail }
  return { words: `${name} ${inFolder(dir)} cannot be read. Check that Sourcemark may read that folder and the files in it; the details are in Sourcemark's log.`, detail }
}

// The library could not be opened because a file of it could not be read.
export function libraryUnreadable(dir: string, why: string): string {
  return why === 'RepairNeededError'
    ? `The library ${inFolder(dir)} is damaged, and another Sourcemark is using that folder: close it, and it or the next Sourcemark to open the folder repairs it.`
    : `Sourcemark could not read the library ${inFolder(dir)}. Check that Sourcemark may read that folder and the files in it; the details are in Sourcemark's log.`
}

// A document's journal stopped at a damaged save.
export function journalDamaged(dir: string, title: string | undefined, detail: string): Notice {
  return { words: `Part of the saves to ${documentName(title).replace(/^The/, 'the').replace(/^A/, 'a')} ${inFolder(dir)} was damaged; the saves before the damage were kept, and a copy of the damaged part is in that folder. Check its latest annotations.`, detail }
}
