// The app bar wraps onto more lines in narrow windows; what sits below it
// (the sticky sidebar, the drawer, the reading settings) follows its real
// height through --app-bar-height, set on a constructed style sheet since
// the CSP allows no inline style.

const sheet = new CSSStyleSheet()
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]

export function followAppBarHeight(bar: HTMLElement): void {
  const update = () => sheet.replaceSync(`:root { --app-bar-height: ${Math.ceil(bar.getBoundingClientRect().height)}px; }`)
  new ResizeObserver(update).observe(bar)
  update()
}
