// wink's English model (3.8 MB of the 5.7 MB server bundle) is used only by
// the attribution engine: in its worker, and in the Markdown export's
// coverage report. Bundled into the CLI and the Electron main process it was
// compiled and built at every start (0.1-0.3 s of CPU before the first
// document, issue 18). There it is its own file, dist/electron/wink-model.cjs,
// required on first use through a stand-in (shared/attribution/nlp.ts hands
// the model to wink only when it first reads a text).

const MODEL = 'wink-eng-lite-web-model'

// The stand-in, as an ES module so that importing it touches nothing.
const STAND_IN = `
let model
const load = () => (model ??= require(require('node:path').join(__dirname, 'wink-model.cjs')))
export default new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const found = Reflect.getOwnPropertyDescriptor(load(), key)
    return found && { ...found, configurable: true }
  },
})
`

export const lazyModel = {
  name: 'lazy-model',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${MODEL}$`) }, (args) => (args.kind === 'entry-point' ? undefined : { path: MODEL, namespace: 'lazy-model' }))
    build.onLoad({ filter: /.*/, namespace: 'lazy-model' }, () => ({ contents: STAND_IN, loader: 'js', resolveDir: process.cwd() }))
  },
}

export const MODEL_ENTRY = { 'wink-model': MODEL }
