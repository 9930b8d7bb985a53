// Work that the next frame need not wait for: run in a task after that
// frame has been painted (a frame callback, then a message, which the
// browser delivers after the frame's own style, layout and paint). A
// hidden page paints no frames: then just after the current task.

export function afterPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') {
    setTimeout(run)
    return
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      run()
    }
    channel.port2.postMessage(null)
  })
}
