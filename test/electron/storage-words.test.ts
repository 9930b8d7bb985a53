import { test } from 'node:test'
import assert from 'node:assert/strict'
import { storageWords } from '../../electron/services/storage-words.ts'
import { saving } from '../../electron/services/context.ts'
import { ApiError } from '../../shared/api/contract.ts'

const systemError = (code: string, message: string) => Object.assign(new Error(message), { code })

test('a failed write says why in words, never a system code or a path', async () => {
  assert.equal(storageWords(systemError('ENOSPC', "ENOSPC: no space left on device, write '/home/u/data/documents/x.json.tmp'")), 'the disk is full.')
  assert.equal(storageWords(systemError('EACCES', "EACCES: permission denied, open '/data/sources.json'")), 'Sourcemark may not write in the data folder.')
  assert.equal(storageWords(systemError('EXYZ', "EXYZ: something odd happened, open '/data/x'")), 'something odd happened.')
  assert.equal(storageWords(new Error('this data folder is open read-only, because it is on a read-only disk')), 'this data folder is open read-only, because it is on a read-only disk.')
  // The store's own words, with the code it keeps, pass as they are.
  const durable = 'library.json could not be saved to /data: the disk is full (ENOSPC)'
  assert.equal(storageWords(systemError('ENOSPC', durable)), durable)

  await assert.rejects(saving(Promise.reject(systemError('ENOSPC', "ENOSPC: no space left on device, write '/x'")), 'Could not save the note'), (error: unknown) => {
    assert.ok(error instanceof ApiError)
    assert.equal(error.code, 'storage')
    assert.equal(error.message, 'Could not save the note: the disk is full.')
    return true
  })
})
