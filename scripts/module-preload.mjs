// The chunks app.js imports statically (code it shares with a chunk loaded
// later, such as zod) are named in index.html as modulepreload links, so
// the page asks for them beside app.js. Without the links the browser
// finds them only once app.js has arrived and been parsed, and asks the
// server (busy opening the library then) one round later, on the start's
// critical path (issue 18).

// outdir-relative paths of the outputs reached from the entry by static
// imports, the entry itself left out, in the order they are first reached.
export function staticChunks(metafile, entry, outdir) {
  const outputs = metafile.outputs
  const app = Object.keys(outputs).find((path) => outputs[path].entryPoint === entry)
  if (!app) throw new Error(`no output for ${entry}`)
  const seen = new Set([app])
  const queue = [app]
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const imported of outputs[path].imports) {
      if (imported.kind !== 'import-statement' || seen.has(imported.path)) continue
      seen.add(imported.path)
      queue.push(imported.path)
    }
  }
  const prefix = `${outdir.replace(/\/$/, '')}/`
  return [...seen].slice(1).map((path) => {
    if (!path.startsWith(prefix)) throw new Error(`${path} is not in ${outdir}`)
    return path.slice(prefix.length)
  })
}

const APP_SCRIPT = '<script type="module" src="app.js"></script>'

// index.html with a link for each chunk, right before app.js's script tag.
export function withModulePreloads(html, chunks) {
  if (!html.includes(APP_SCRIPT)) throw new Error(`index.html has no ${APP_SCRIPT}`)
  const links = chunks.map((chunk) => `<link rel="modulepreload" href="${chunk}">\n`).join('')
  return html.replace(APP_SCRIPT, `${links}${APP_SCRIPT}`)
}
