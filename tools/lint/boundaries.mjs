import { readdirSync } from 'node:fs'

// The folder table of README.md ("Layout") as import-x zones: the same
// table as SHARED_FOLDERS in test/shared/boundaries.test.ts, which checks
// that the two agree.

// Inside shared/, each folder imports only itself and the folders listed;
// '*' is any folder of shared/. A folder not listed imports itself and the model.
export const SHARED_FOLDERS = {
  colour: [],
  model: ['colour'],
  text: [],
  links: ['text'],
  anchoring: ['model', 'text'],
  import: ['model', 'links', 'text'],
  'web-annotation': ['model', 'anchoring', 'links', 'text'],
  export: ['model', 'anchoring', 'web-annotation', 'attribution', 'links', 'text'],
  library: ['model', 'text'],
  attribution: ['model', 'text'],
  api: ['*'],
}
const UNLISTED = ['model']

// Pure parsers only: no DOM, no Node.
export const SHARED_PACKAGES = ['zod', 'markdown-it', 'parse5', 'yaml', 'wink-nlp', 'wink-eng-lite-web-model', 'chardet']

const list = (folders) => folders.map((f) => `shared/${f}/`).join(', ') || 'nothing else'

// Zones for files under shared/ (paths relative to the repository root).
export function boundaryZones(folders = SHARED_FOLDERS) {
  const zones = [{
    target: './shared',
    from: '.',
    except: ['./shared', ...SHARED_PACKAGES.map((name) => `./node_modules/${name}`)],
    message: `shared/ imports only files inside shared/ and ${SHARED_PACKAGES.join(', ')}.`,
  }]
  for (const [folder, allowed] of Object.entries(folders)) {
    if (allowed.includes('*')) continue
    zones.push({
      target: `./shared/${folder}`,
      from: './shared',
      except: [folder, ...allowed].map((f) => `./${f}`),
      message: `shared/${folder}/ imports only itself and ${list(allowed)}.`,
    })
  }
  // A folder made since the table was written: itself and the model.
  for (const folder of readdirSync(new URL('../../shared', import.meta.url), { withFileTypes: true })) {
    if (!folder.isDirectory() || Object.hasOwn(folders, folder.name)) continue
    zones.push({
      target: `./shared/${folder.name}`,
      from: './shared',
      except: [folder.name, ...UNLISTED].map((f) => `./${f}`),
      message: `shared/${folder.name}/ is not in the table, so it imports only itself and ${list(UNLISTED)}.`,
    })
  }
  return zones
}
