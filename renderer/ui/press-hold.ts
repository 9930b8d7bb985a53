// Redraws held back while a pointer is pressed in an area, and made once
// its click has been dispatched. A click goes to the element that got both
// the press and the release: a redraw in between that moves what was
// pressed (a panel above it growing by hundreds of pixels) sends the
// release elsewhere, and the click is lost without a word.

export type Hold = (draw: () => void) => void

export function holdDuringPress(area: HTMLElement): Hold {
  let pressed = false
  // Each draw once, however often it was asked for meanwhile.
  const held = new Set<() => void>()
  area.addEventListener('pointerdown', () => { pressed = true }, { capture: true })
  const release = () => {
    if (!pressed) return
    pressed = false
    // After the click, which is dispatched in the release's task.
    setTimeout(() => {
      const draws = [...held]
      held.clear()
      for (const draw of draws) draw()
    })
  }
  // Released anywhere (the pointer may have left the area), cancelled, or
  // the window left while pressed.
  for (const type of ['pointerup', 'pointercancel']) window.addEventListener(type, release, { capture: true })
  window.addEventListener('blur', release)
  return (draw) => {
    if (pressed) held.add(draw)
    else draw()
  }
}
