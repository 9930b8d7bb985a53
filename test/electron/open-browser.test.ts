import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Api } from '../../shared/api/contract.ts'
import { startServer, type RunningServer } from '../../electron/http/server.ts'
import { openerCommand } from '../../electron/open-browser.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('open-browser-test')
let server: RunningServer

before(async () => {
  const rendererDir = join(await tempDir(), 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>')
  server = await startServer({ api: {} as Api, rendererDir })
})

after(() => server?.close())

function get(url: string): Promise<{ status: number; setCookie: string[] | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('each platform\'s opener gets the address and nothing else', () => {
  const url = 'http://127.0.0.1:8080/?code=abc'
  assert.deepEqual(openerCommand(url, 'linux'), ['xdg-open', [url]])
  assert.deepEqual(openerCommand(url, 'darwin'), ['open', [url]])
  assert.deepEqual(openerCommand(url, 'win32'), ['cmd', ['/c', 'start', '""', url]])
})

test('what the opener\'s command line shows is spent once the browser has loaded it', async () => {
  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    const [command, args] = openerCommand(server.launchUrl(), platform)
    const argv = [command, ...args]
    const address = argv.find((arg) => arg.startsWith('http://'))!
    // The browser loads it: signed in, with a cookie the command line never held.
    const first = await get(address)
    assert.equal(first.status, 303)
    const session = first.setCookie![0]!.split(';')[0]!.split('=')[1]!
    assert.ok(argv.every((arg) => !arg.includes(session)), 'the session is not on the command line')
    // Anyone else who read the command line gets nothing from it.
    for (const arg of argv) {
      if (!arg.startsWith('http://')) continue
      const again = await get(arg)
      assert.equal(again.status, 401, `${platform}: ${arg}`)
      assert.equal(again.setCookie, undefined)
    }
  }
})
