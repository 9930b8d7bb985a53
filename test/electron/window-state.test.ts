import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_SIZE, restoreWindow, type WindowState } from '../../electron/shell/window-state.ts'

const laptop = { workArea: { x: 0, y: 25, width: 1440, height: 875 } }
const monitor = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } }
const onMonitor: WindowState = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: false }

test('nothing saved: the default size, left to the OS to place, shrunk to the display', () => {
  assert.deepEqual(restoreWindow(null, [laptop]), { bounds: DEFAULT_SIZE, maximized: false })
  assert.deepEqual(restoreWindow(null, [{ workArea: { x: 0, y: 0, width: 1024, height: 700 } }]).bounds, { width: 1024, height: 700 })
})

test('the display is still there: the window comes back where it was, maximised if it was', () => {
  assert.deepEqual(restoreWindow(onMonitor, [laptop, monitor]), { bounds: onMonitor.bounds, maximized: false })
  assert.equal(restoreWindow({ ...onMonitor, maximized: true }, [laptop, monitor]).maximized, true)
})

test('the display was removed: the saved size, centred on the main display and fitted to it', () => {
  const { bounds } = restoreWindow(onMonitor, [laptop])
  assert.deepEqual(bounds, { x: 0, y: 25, width: 1440, height: 875 })
  const small: WindowState = { bounds: { x: 3000, y: 200, width: 800, height: 600 }, maximized: false }
  assert.deepEqual(restoreWindow(small, [laptop]).bounds, { x: 320, y: 163, width: 800, height: 600 })
})

test('the display shrank: the window is pulled in and resized to fit it', () => {
  const smaller = { workArea: { x: 1440, y: 0, width: 1920, height: 1080 } }
  const { bounds } = restoreWindow({ bounds: { x: 3000, y: 100, width: 1600, height: 1000 }, maximized: false }, [laptop, smaller])
  assert.deepEqual(bounds, { x: 1760, y: 80, width: 1600, height: 1000 })
})

test('a title bar off every display (above the top, or off the side) is not restored there', () => {
  for (const bounds of [{ x: 100, y: -500, width: 800, height: 600 }, { x: -790, y: 100, width: 800, height: 600 }]) {
    const restored = restoreWindow({ bounds, maximized: false }, [laptop]).bounds
    assert.deepEqual(restored, { x: 320, y: 163, width: 800, height: 600 })
  }
})

test('no displays reported: the saved size alone', () => {
  assert.deepEqual(restoreWindow(onMonitor, []).bounds, { width: 1600, height: 1000 })
})
