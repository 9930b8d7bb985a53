// The app's icons: drawn here as inline SVG (no icon font, nothing
// fetched), 24 px grid, 1.75 px strokes in currentColor, so they follow the
// theme's ink. Icons are decoration: the button carries the accessible name
// (aria-label) and a tooltip (title) that says its key.

import { h } from './dom.ts'

const PATHS = {
  library: 'M4 4.5h4v15H4z M10 4.5h4v15h-4z M15.6 5.4l3.6-1 3.2 14.4-3.6 1z',
  settings: 'M3 19 8.5 5h1L15 19 M5 14.5h8 M21 19v-5.5a3 3 0 0 0-5.3-1.9 M21 16.2c-1.5-.7-5-.9-5 1.3 0 2.1 3.6 2.2 5 0',
  panel: 'M3.5 4.5h17v15h-17z M14.5 4.5v15 M16.8 8.5h1.5 M16.8 11.5h1.5 M16.8 14.5h1.5',
  importFile: 'M13.5 3.5H6.5v17h11V7.5z M13.5 3.5v4h4 M12 10.5v6 M9 13.5h6',
  // Into the library (import) and out of it (export).
  trayIn: 'M12 4v11 M7.5 10.5 12 15l4.5-4.5 M4.5 16.5v3h15v-3',
  trayOut: 'M12 15V4 M7.5 8.5 12 4l4.5 4.5 M4.5 16.5v3h15v-3',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M9.4 9.3a2.7 2.7 0 0 1 5.2 1c0 1.8-2.6 2.2-2.6 3.9 M12 17.2v.1',
} as const

export type IconName = keyof typeof PATHS

const SVG = 'http://www.w3.org/2000/svg'

function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg')
  for (const [k, v] of Object.entries({ viewBox: '0 0 24 24', width: '20', height: '20', 'aria-hidden': 'true', focusable: 'false', class: `icon icon-${name}` })) svg.setAttribute(k, v)
  const path = document.createElementNS(SVG, 'path')
  path.setAttribute('d', PATHS[name])
  svg.append(path)
  return svg
}

// A button that shows only its icon: named by `label`, its key (if any) in
// the tooltip.
export function iconButton(name: IconName, label: string, props: Record<string, string | ((event: never) => void)> = {}, key?: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'icon-button', 'aria-label': label, title: key ? `${label} (${key})` : label, ...props }, icon(name))
}

// Turns a worded button into an icon-only one, keeping its name.
export function iconOnly(button: HTMLButtonElement, name: IconName, label: string, key?: string): HTMLButtonElement {
  button.replaceChildren(icon(name))
  button.classList.add('icon-button')
  button.setAttribute('aria-label', label)
  button.title = key ? `${label} (${key})` : label
  return button
}

// Gives an existing button an icon before its words.
// Its words go in a span, so narrow windows can show the icon alone and
// keep the words as its name (renderer/styles/icons.css).
export function withIcon<E extends HTMLElement>(element: E, name: IconName): E {
  const words = element.textContent ?? ''
  element.replaceChildren(icon(name), h('span', { class: 'label' }, words))
  if (!element.title) element.title = words
  element.classList.add('has-icon')
  return element
}
