// Selecting the first words of a paragraph further down the article, for the
// benches that add a claim by key. A string, since it runs in the page: tsx
// would wrap a function's body in a helper the page lacks.

export const SELECT_WORDS = `(n) => {
  const paragraphs = document.querySelectorAll('#article .ProseMirror p')
  const p = paragraphs[5 + n * 3]
  p.scrollIntoView()
  const text = p.firstChild.nodeType === Node.TEXT_NODE ? p.firstChild : document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()
  const words = text.data.slice(0, 60).replace(/\\s+\\S*$/, '')
  const range = document.createRange()
  range.setStart(text, 0)
  range.setEnd(text, words.length)
  document.getSelection().removeAllRanges()
  document.getSelection().addRange(range)
  return words
}`
