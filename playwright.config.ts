import { defineConfig } from '@playwright/test'
import { chromiumPath } from './e2e/chromium.ts'
import type { AppOptions } from './e2e/fixtures.ts'

// The same specs run in two projects: the UI in browser mode against Chromium
// (Debian's /usr/bin/chromium here), and the desktop app through Playwright's
// _electron wherever an Electron runtime exists.
export default defineConfig<AppOptions>({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  // Generous: the machines are shared and loaded (load 30 on 2 cores seen),
  // and a test that restarts the app does much work. Tests wait on states,
  // so a longer limit only delays a real failure, never hides one.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      // Keep Chromium off the network it cannot reach anyway.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'browser', use: { appMode: 'browser' } },
    { name: 'electron', use: { appMode: 'electron' } },
  ],
})
