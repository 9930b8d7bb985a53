import { test } from 'node:test'
import assert from 'node:assert/strict'
import { renderNote, type NoteNode } from '../../renderer/notes/note-markdown.ts'

// The tree as compact HTML-like text, for reading the assertions.
const show = (nodes: NoteNode[]): string => nodes.map((n) => typeof n === 'string'
  ? n
  : `<${n.tag}${Object.entries(n.attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}>${show(n.children)}</${n.tag}>`).join('')

const tags = (nodes: NoteNode[], out = new Set<string>()): Set<string> => {
  for (const n of nodes) if (typeof n !== 'string') { out.add(n.tag); tags(n.children, out) }
  return out
}
const hrefs = (nodes: NoteNode[], out: string[] = []): string[] => {
  for (const n of nodes) if (typeof n !== 'string') { if (n.attrs.href !== undefined) out.push(n.attrs.href); hrefs(n.children, out) }
  return out
}

test('Markdown notes render: emphasis, lists, quotes, code and kept links', () => {
  assert.equal(show(renderNote('**Tass** said *so*.')), '<p><strong>Tass</strong> said <em>so</em>.</p>')
  assert.equal(show(renderNote('- one\n- two')), '<ul><li>one</li><li>two</li></ul>')
  assert.equal(show(renderNote('3. three\n4. four')), '<ol start="3"><li>three</li><li>four</li></ol>')
  assert.equal(show(renderNote('> quoted')), '<blockquote><p>quoted</p></blockquote>')
  assert.equal(show(renderNote('`a < b`')), '<p><code>a < b</code></p>')
  assert.equal(show(renderNote('See [the report](https://example.org/r).')), '<p>See <a href="https://example.org/r">the report</a>.</p>')
  assert.equal(show(renderNote('# Heading')), '<p class="note-heading">Heading</p>')
})

test('hostile notes: raw HTML stays text, unsafe links keep only their words, images fetch nothing', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'a <b onclick="x()">bold</b> word',
    '<iframe src="https://evil.example"></iframe>',
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click](java&#09;script:alert(1))',
    '[click](&#x6A;avascript:alert(1))',
    '[x](data:text/html,<script>alert(1)</script>)',
    '[x](vbscript:msgbox(1))',
    '[x](file:///etc/passwd)',
    '[x](/relative)',
    '[x][r]\n\n[r]: javascript:alert(1)',
    '<javascript:alert(1)>',
    '![alt words](https://tracker.example/pixel.png)',
    '<!-- comment --><?php x ?><![CDATA[ y ]]>',
    'https://example.org/bare (no linkify)',
    '[x](https://exa\u202emple.org)',
  ]
  for (const note of hostile) {
    const tree = renderNote(note)
    for (const tag of tags(tree)) assert.ok(['p', 'strong', 'em', 's', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'a', 'br', 'hr', 'span'].includes(tag), `${note}: ${tag}`)
    for (const href of hrefs(tree)) assert.match(href, /^(https?|mailto):/, note)
  }
  assert.deepEqual(renderNote('<script>alert(1)</script>'), [{ tag: 'p', attrs: {}, children: ['<script>alert(1)</script>'] }])
  assert.deepEqual(renderNote('[click](javascript:alert(1))'), [{ tag: 'p', attrs: {}, children: [{ tag: 'span', attrs: {}, children: ['click'] }] }])
  assert.deepEqual(renderNote('![alt words](https://tracker.example/pixel.png)'), [{ tag: 'p', attrs: {}, children: ['alt words'] }])
  assert.deepEqual(hrefs(renderNote('https://example.org/bare')), [])
  assert.deepEqual(hrefs(renderNote('[x](https://exa\u202emple.org)')), [])
})

test('a long, deeply nested note renders in bounded time', () => {
  const deep = '> '.repeat(5000) + 'deep' + '\n\n' + '*a '.repeat(20_000) + '[x](' + '('.repeat(20_000)
  const start = performance.now()
  const tree = renderNote(deep.slice(0, 100_000))
  assert.ok(tree.length > 0)
  assert.ok(performance.now() - start < 5000)
})
