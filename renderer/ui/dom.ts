// A small element builder: h('button', { type: 'button', onclick }, 'Save').
// Properties starting with "on" become listeners; the rest are attributes.

type Child = Node | string | null | undefined | false
type Props = Record<string, string | number | boolean | null | undefined | ((event: never) => void)>

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(key.slice(2), value as EventListener)
    else element.setAttribute(key, value === true ? '' : String(value))
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    element.append(child)
  }
  return element
}

// Puts `next` where `node` is; '' leaves a placeholder.
export function swap(node: ChildNode, next: HTMLElement | ''): ChildNode {
  const put = next === '' ? document.createComment('') : next
  node.replaceWith(put)
  return put
}
