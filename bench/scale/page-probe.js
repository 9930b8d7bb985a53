// Installed in the app's page before it loads (addInitScript): what the
// scale benchmark measures there, as the user feels it. Plain browser
// JavaScript, called by name from run.ts, so no bundler touches it.
// Times are performance.now() in the page; "painted" is the first task after
// the frame that drew what changed (see `until`).
(() => {
  const longTasks = []
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch { /* no long task timing: longest() says 0 */ }
  // The default keeps 250 entries; a run makes more API calls than that.
  performance.setResourceTimingBufferSize(100_000)
  let lastKey = 0
  let claimPainted = Promise.resolve(null)
  let claimSaved = Promise.resolve(null)
  addEventListener('keydown', (e) => { lastKey = e.timeStamp }, true)
  // The last DOM change under each watched element.
  const changed = new Map()
  const watch = (el) => {
    if (!el || changed.has(el)) return
    changed.set(el, 0)
    new MutationObserver(() => changed.set(el, performance.now()))
      .observe(el, { childList: true, subtree: true, characterData: true, attributes: true })
  }
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))))
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
  // The frame that shows a change, exactly. `ready` is checked once a frame
  // in a ResizeObserver callback: those run after all the frame's
  // requestAnimationFrame callbacks and its layout, right before its paint,
  // so the page checked is the page that frame paints (a check in a frame
  // callback misses what later callbacks of the same frame change, and one
  // in a task after it sees changes not painted yet). The time is taken in
  // the first task after that frame (a message posted from the check), when
  // it has been painted. A 1 px box changes width each frame while anything
  // is waited for, so the observer is called every frame.
  const tick = document.createElement('div')
  tick.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;visibility:hidden;pointer-events:none;contain:strict'
  const waiting = new Set()
  let ticking = false
  const ticker = new ResizeObserver(() => {
    const now = performance.now()
    const shown = []
    for (const w of waiting) {
      if (w.ready()) shown.push(w)
      else if (now - w.t0 > w.timeout) { waiting.delete(w); w.resolve(null) }
    }
    if (shown.length === 0) return
    for (const w of shown) waiting.delete(w)
    const channel = new MessageChannel()
    channel.port1.onmessage = () => { const t = performance.now(); for (const w of shown) w.resolve(t) }
    channel.port2.postMessage(null)
  })
  const tickEachFrame = () => {
    if (waiting.size === 0) { ticking = false; return }
    tick.style.width = tick.style.width === '1px' ? '2px' : '1px'
    requestAnimationFrame(tickEachFrame)
  }
  // The time the first frame on which `ready` holds was painted, or null
  // after timeout ms. Call it before the change: a change painted already
  // is timed at the next frame.
  const until = (ready, timeout) => new Promise((resolve) => {
    if (!tick.isConnected) { document.documentElement.append(tick); ticker.observe(tick) }
    waiting.add({ ready, timeout, t0: performance.now(), resolve })
    if (!ticking) { ticking = true; requestAnimationFrame(tickEachFrame) }
  })
  const longest = (from, to = Infinity) =>
    longTasks.filter((t) => t.end > from && t.start < to).reduce((m, t) => Math.max(m, t.end - t.start), 0)
  // After `from`, waits until no long task for `quiet` ms: the end of the
  // last one (or from), as time-to-interactive does.
  const quietAfter = async (from, quiet, timeout) => {
    const t0 = performance.now()
    for (;;) {
      const last = longTasks.filter((t) => t.end > from).reduce((m, t) => Math.max(m, t.end), from)
      if (performance.now() - last >= quiet || performance.now() - t0 > timeout) return last
      await sleep(50)
    }
  }
  // When the last API answer that started after t0 arrived, after t0.
  const lastAnswer = (t0) => {
    const ends = performance.getEntriesByType('resource').filter((e) => e.startTime >= t0 && e.name.includes('/api/')).map((e) => e.responseEnd)
    return ends.length > 0 ? Math.max(...ends) - t0 : null
  }
  const byLabel = (label) => document.querySelector(`[aria-label="${CSS.escape(label)}"]`)
  // A region by its name. The app bar's icon buttons carry the same names
  // ("Library", "Annotations"), so the element must be the <section>.
  const region = (label) => document.querySelector(`section[aria-label="${CSS.escape(label)}"]`)
  const library = () => region('Library')
  const visible = (el) => !!el && el.getClientRects().length > 0
  // The element that scrolls `el`: itself or its nearest scrolling ancestor.
  const scroller = (el) => {
    for (let n = el; n && n !== document.body; n = n.parentElement) {
      const style = getComputedStyle(n)
      if (/(auto|scroll)/.test(style.overflowY) && n.scrollHeight > n.clientHeight) return n
    }
    return document.scrollingElement
  }
  const api = async (method, input) => {
    const r = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) })
    const outcome = await r.json()
    if (!outcome.ok) throw new Error(outcome.error.message)
    return outcome.value
  }

  window.__bench = {
    call: api,
    // The time the first frame on which ready() holds was painted (until).
    painted: until,

    articleShown: (title) => document.getElementById('article-heading')?.textContent === title &&
      !!document.querySelector('#article .ProseMirror'),

    // The document titled so painted; null after timeout ms.
    articlePainted: (title, timeout) => until(() => window.__bench.articleShown(title), timeout),

    // Click on Library to the list painted.
    async openLibrary(timeout) {
      const t0 = performance.now()
      const toggle = document.querySelector('button[aria-controls="library"]')
      toggle.click()
      const done = await until(() => {
        const list = library()?.querySelector('[aria-label="Documents"]')
        return visible(list) && list.querySelector('h4, [role="heading"]') !== null
      }, timeout)
      return done === null ? null : done - t0
    },

    // Scrolls the element (or the page) `frames` frames by `step` px; the
    // longest task meanwhile.
    async scroll(selector, frames, step) {
      const target = selector ? scroller(document.querySelector(selector)) : document.scrollingElement
      const t0 = performance.now()
      for (let i = 0; i < frames; i++) {
        target.scrollBy(0, step)
        await new Promise((r) => requestAnimationFrame(r))
      }
      await frame()
      await sleep(100) // long task entries arrive after the task
      return { longest: longest(t0), ms: performance.now() - t0, height: target.scrollHeight }
    },

    watchSearch() { watch(document.querySelector('[role="search"]')) },
    // From the last keypress to search results for it painted; and the
    // server's part, from the page's resource timing.
    async searchAnswered(timeout) {
      const form = document.querySelector('[role="search"]')
      const key = lastKey
      const done = await until(() => changed.get(form) > key &&
        /\bresults?\b|No results/i.test(form.querySelector('[aria-live]')?.textContent ?? ''), timeout)
      if (done === null) return null
      const timing = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/search')).pop()
      return { felt: done - key, server: timing ? timing.responseEnd - timing.requestStart : null }
    },

    // Click on Open to the document shown, and to interactive (no long task for 500 ms).
    async openDocument(title, timeout) {
      const t0 = performance.now()
      byLabel(`Open ${title}`).click()
      const shown = await until(() => window.__bench.articleShown(title) &&
        document.querySelector('#article mark') !== null &&
        region('Annotations')?.querySelector('[aria-label="Annotation list"] li') !== null, timeout)
      if (shown === null) return null
      const interactive = Math.max(shown, await quietAfter(t0, 500, timeout))
      return { shown: shown - t0, interactive: interactive - t0, server: lastAnswer(t0) }
    },

    // Selects `length` characters of a text node on screen (the n-th such
    // place), outside existing marks; returns the words. The characters
    // themselves must be on screen, not just their paragraph (a paragraph
    // may be taller than the screen). Where the screen has none, the page
    // moves down half a screen and looks again.
    selectOnScreen(n, length) {
      const at = 5 + (n % 5)
      for (let tries = 0; tries < 20; tries++, scrollBy(0, innerHeight / 2)) {
        const root = document.querySelector('#article .ProseMirror')
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        const candidates = []
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (t.parentElement.getBoundingClientRect().top > innerHeight) break
          if (t.nodeValue.length < at + length || t.parentElement.closest('mark')) continue
          const range = document.createRange()
          range.setStart(t, at)
          range.setEnd(t, at + length)
          const r = range.getBoundingClientRect()
          if (r.height > 0 && r.top > 80 && r.bottom < innerHeight - 20) candidates.push(range)
        }
        if (candidates.length === 0) continue
        const range = candidates[n % candidates.length]
        const selection = getSelection()
        selection.removeAllRanges()
        selection.addRange(range)
        document.dispatchEvent(new Event('selectionchange'))
        return range.toString()
      }
      return null
    },

    watchStatus() {
      watch(document.getElementById('status'))
      watch(region('Annotations'))
    },
    // Before the key press: from the next key press on, the first frame
    // with the claim painted in the article and listed, current, in the
    // sidebar (saved or not: the server's part is left out); and the first
    // with that and the status saying it was saved. Both are watched from
    // before the key, so neither can be painted before it is looked for.
    watchClaim(quote, timeout) {
      const since = performance.now()
      const status = document.getElementById('status')
      const words = quote.trim().slice(0, 12)
      const listed = () => (region('Annotations')?.querySelector('[aria-current="true"]')?.textContent ?? '').includes(words)
      claimPainted = until(() => lastKey > since && listed() &&
        (document.querySelector('#article mark.annotation-current')?.textContent ?? '').includes(words), timeout)
      claimSaved = until(() => lastKey > since && changed.get(status) > lastKey && /saved/i.test(status.textContent) &&
        [...document.querySelectorAll('#article mark')].some((m) => m.textContent.includes(words)) && listed(), timeout)
    },
    // From the key press to the claim saved (the status says so), painted in
    // the article and listed, current, in the sidebar; and to painted and
    // listed alone; and to the last API answer (watchClaim first).
    async claimSaved() {
      const done = await claimSaved
      const painted = await claimPainted
      const key = lastKey
      return done === null ? null : { felt: done - key, server: lastAnswer(key), painted: painted === null ? null : painted - key }
    },

    // The baseline: every item fetched and drawn at once in a plain list
    // over the page, as an unvirtualised list does. Time to painted, and
    // the longest task while scrolling it.
    async plainList(kind, documentId, frames, step, timeout) {
      const t0 = performance.now()
      const rows = kind === 'library'
        ? (await api('listDocuments', {})).map((d) => [d.meta.title, [d.meta.publisher, d.meta.published, d.meta.author].filter(Boolean).join(' · '),
          `${d.annotationCount} annotations, ${d.claimCount} claims`, Object.entries(d.sourceCounts).map(([s, c]) => `${s}: ${c}`).join(', ')])
        : (await api('listAnnotations', { documentId })).map((a) => [a.kind, a.target.quote.exact, a.sources.join(', '), a.note])
      const host = document.createElement('div')
      host.id = 'bench-plain-list'
      host.style.cssText = 'position:fixed;inset:0;overflow:auto;background:#fff;z-index:9999'
      const list = document.createElement('ul')
      for (const row of rows) {
        const li = document.createElement('li')
        const heading = document.createElement('h4')
        heading.textContent = row[0]
        li.append(heading)
        for (const text of row.slice(1)) {
          const p = document.createElement('p')
          p.textContent = text
          li.append(p)
        }
        const open = document.createElement('button')
        open.textContent = 'Open'
        li.append(open)
        list.append(li)
      }
      host.append(list)
      document.body.append(host)
      const painted = await until(() => true, timeout)
      const render = painted - t0
      const scrolled = await window.__bench.scroll('#bench-plain-list', frames, step)
      host.remove()
      return { render, longest: scrolled.longest, items: rows.length }
    },

    // The longest task that ended after `from` (performance.now()).
    longestSince: (from) => longest(from),

    async heapBytes() {
      return performance.memory ? performance.memory.usedJSHeapSize : null
    },
  }
})()
