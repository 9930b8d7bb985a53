import { test } from 'node:test'
import assert from 'node:assert/strict'
import { storageWords } from '../../electron/services/storage-words.ts'
import { saving } from '../../electron/services/context.ts'
import { asSaveFailed, SaveFailed } from '../../electron/store/save-failed.ts'
import { ApiError } from '../../shared/api/contract.ts'
import { assertNoInternalNames } from '../helpers/internal-names.ts'

const systemError = (code: string, message: string) => Object.assign(new Error(message), { code })
// As the store hands a failed write on: durable-file.ts's detail (the file,
// its folder, the code) as the message, the data folder beside it.
function failedSave(code: string, file: string): SaveFailed {
  const failed = asSaveFailed('/home/u/Sourcemark', systemError(code, `${file.split('/').pop()} could not be saved to /home/u/Sourcemark/${file.split('/').slice(0, -1).join('/')}: words (${code})`))
  assert.ok(failed instanceof SaveFailed)
  return failed
}

test('a failed write says what happened, that nothing was lost, and what to do: never a system code or an internal file', () => {
  const full = storageWords(failedSave('ENOSPC', 'documents/xi-meets.journal.jsonl'))
  assert.equal(full, 'the disk is full. Nothing saved before was lost. Free some space on the disk that holds the data folder (/home/u/Sourcemark), then try again.')
  const denied = storageWords(failedSave('EACCES', 'library/index-3a.json'))
  assert.equal(denied, 'Sourcemark may not write in the data folder (/home/u/Sourcemark). Nothing saved before was lost. Check that folder\'s permissions (Sourcemark must be able to write in it and in the folders inside it), then try again.')
  // Every code known, and one that is not, on a file of each kind.
  for (const code of ['ENOSPC', 'EDQUOT', 'EFBIG', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EMFILE', 'ENFILE', 'EIO', 'EBUSY', 'EXYZ']) {
    for (const file of ['documents/xi-meets.json', 'documents/xi-meets.journal.jsonl', 'library/index-3a.json', 'library/head.json', 'sources.json']) {
      const words = storageWords(failedSave(code, file))
      assertNoInternalNames(words)
      assert.match(words, /^[a-zA-Z].+\.$/, words)
    }
  }
  // A raw system error (not through the store) is put in words too, the
  // folder unnamed.
  assert.equal(storageWords(systemError('ENOSPC', "ENOSPC: no space left on device, write '/home/u/data/documents/x.json.tmp'")), 'the disk is full. Nothing saved before was lost. Free some space on the disk that holds the data folder, then try again.')
  assertNoInternalNames(storageWords(new Error("EXYZ: something odd happened, open '/data/sources.json'")))
  // The store's own refusals are already in words and pass.
  assert.equal(storageWords(new Error('this data folder is open read-only, because it is on a read-only disk')), 'this data folder is open read-only, because it is on a read-only disk.')
  assert.equal(asSaveFailed('/d', new Error('Sourcemark is closing: the change was not saved.')) instanceof SaveFailed, false)
})

test('saving(): the user gets the words; the log and the error\'s cause keep which file and the code', async (t) => {
  const logged: string[] = []
  t.mock.method(console, 'error', (line: string) => { logged.push(line) })
  const failure = failedSave('ENOSPC', 'documents/xi-meets.journal.jsonl')
  await assert.rejects(saving(Promise.reject(failure), 'Could not save the note'), (error: unknown) => {
    assert.ok(error instanceof ApiError)
    assert.equal(error.code, 'storage')
    assert.equal(error.message, 'Could not save the note: the disk is full. Nothing saved before was lost. Free some space on the disk that holds the data folder (/home/u/Sourcemark), then try again.')
    assert.equal(error.cause, failure)
    assert.deepEqual(error.body, { code: 'storage', message: error.message })
    return true
  })
  assert.deepEqual(logged, ['sourcemark: could not save the note: xi-meets.journal.jsonl could not be saved to /home/u/Sourcemark/documents: words (ENOSPC)'])
})
