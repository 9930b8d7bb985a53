import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'
import type { AppOptions } from './e2e/fixtures.ts'

// `npm run screenshots`: the README's pictures, made by the e2e setup (the
// real CLI in browser mode, on the built-in sample) so they stay current.
export default defineConfig<AppOptions>({
  ...base,
  testDir: 'e2e/screenshots',
  // Browser mode only: no Electron runtime is looked for.
  globalSetup: undefined,
  testMatch: '*.shots.ts',
  workers: 1,
  timeout: 120_000,
  projects: [{ name: 'browser', use: { appMode: 'browser' } }],
})
