// Decides once per run whether the Electron project can run: only with an
// Electron runtime already on this machine (tests never download it). The
// answer reaches the workers through the environment.

import { ensureElectronRuntime } from '../electron/electron-runtime.ts'

export default async function globalSetup(): Promise<void> {
  const runtime = await ensureElectronRuntime({ download: false })
  if (runtime.ok) {
    process.env.SOURCEMARK_E2E_ELECTRON = runtime.executable
  } else {
    process.env.SOURCEMARK_E2E_ELECTRON_SKIP = `no Electron runtime here (${runtime.reason}); the electron project's tests are skipped`
    console.log(`e2e: ${process.env.SOURCEMARK_E2E_ELECTRON_SKIP}`)
  }
}
