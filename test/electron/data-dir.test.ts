import { test } from 'node:test'
import assert from 'node:assert/strict'
import { homedir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { APP_NAME, defaultDataDir, resolveDataDir } from '../../electron/data-dir.ts'

const home = '/home/reader'

test('the app name is Sourcemark', () => {
  assert.equal(APP_NAME, 'Sourcemark')
})

test('linux without XDG_CONFIG_HOME: ~/.config/Sourcemark', () => {
  assert.equal(defaultDataDir({}, 'linux', home), join(home, '.config', 'Sourcemark'))
  // An empty XDG_CONFIG_HOME counts as unset.
  assert.equal(defaultDataDir({ XDG_CONFIG_HOME: '' }, 'linux', home), join(home, '.config', 'Sourcemark'))
})

test('linux with XDG_CONFIG_HOME: $XDG_CONFIG_HOME/Sourcemark', () => {
  assert.equal(defaultDataDir({ XDG_CONFIG_HOME: '/xdg/config' }, 'linux', home), join('/xdg/config', 'Sourcemark'))
  // Other Unix-likes follow the same rule.
  assert.equal(defaultDataDir({ XDG_CONFIG_HOME: '/xdg/config' }, 'freebsd', home), join('/xdg/config', 'Sourcemark'))
})

test('darwin: ~/Library/Application Support/Sourcemark, whatever XDG_CONFIG_HOME says', () => {
  assert.equal(defaultDataDir({ XDG_CONFIG_HOME: '/xdg/config' }, 'darwin', '/Users/reader'), join('/Users/reader', 'Library', 'Application Support', 'Sourcemark'))
})

test('win32: %APPDATA%\\Sourcemark, else the roaming folder under the home', () => {
  const appData = 'C:\\Users\\reader\\AppData\\Roaming'
  const withAppData = defaultDataDir({ APPDATA: appData, XDG_CONFIG_HOME: '/xdg/config' }, 'win32', 'C:\\Users\\reader')
  assert.ok(withAppData.startsWith(appData), withAppData)
  assert.ok(withAppData.endsWith('Sourcemark'), withAppData)
  assert.equal(withAppData, join(appData, 'Sourcemark'))
  const without = defaultDataDir({}, 'win32', 'C:\\Users\\reader')
  assert.equal(without, join('C:\\Users\\reader', 'AppData', 'Roaming', 'Sourcemark'))
})

test('every default ends in a "Sourcemark" folder', () => {
  const cases: [NodeJS.ProcessEnv, NodeJS.Platform][] = [
    [{}, 'linux'], [{ XDG_CONFIG_HOME: '/x' }, 'linux'], [{}, 'darwin'], [{ APPDATA: '/appdata' }, 'win32'], [{}, 'win32'],
  ]
  for (const [env, platform] of cases) {
    const dir = defaultDataDir(env, platform, home)
    assert.ok(dir.endsWith(`${sep}Sourcemark`), `${platform} ${JSON.stringify(env)}: ${dir}`)
  }
})

test('the defaults of defaultDataDir are the process environment, platform and home', () => {
  assert.equal(defaultDataDir(), defaultDataDir(process.env, process.platform, homedir()))
})

test('resolveDataDir: --data-dir beats SOURCEMARK_DATA_DIR beats the default', () => {
  const env = { SOURCEMARK_DATA_DIR: '/from/env', XDG_CONFIG_HOME: '/xdg', APPDATA: '/appdata' }
  assert.equal(resolveDataDir('/from/flag', env), resolve('/from/flag'))
  assert.equal(resolveDataDir(undefined, env), resolve('/from/env'))
  assert.equal(resolveDataDir('', env), resolve('/from/env'))
  assert.equal(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/xdg', APPDATA: '/appdata' }), defaultDataDir({ XDG_CONFIG_HOME: '/xdg', APPDATA: '/appdata' }))
  assert.equal(resolveDataDir(undefined, { SOURCEMARK_DATA_DIR: '' }), defaultDataDir({}))
})

test('resolveDataDir makes relative paths absolute', () => {
  assert.equal(resolveDataDir('rel/dir', {}), join(process.cwd(), 'rel', 'dir'))
  assert.equal(resolveDataDir(undefined, { SOURCEMARK_DATA_DIR: 'env-dir' }), join(process.cwd(), 'env-dir'))
})
