// Where Sourcemark keeps its data. The default is the folder Electron's
// app.getPath('userData') gives for an app named "Sourcemark", computed here
// without Electron so that browser mode and the CLI use the same one.

import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_NAME = 'Sourcemark'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME)
}

// --data-dir wins over SOURCEMARK_DATA_DIR, which wins over the default.
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag || env.SOURCEMARK_DATA_DIR
  return chosen ? resolve(chosen) : defaultDataDir(env)
}
