// Browser mode: the header on the start's calls that the page's first
// script (renderer/early.ts) sends while the app's script is still loading.
// The server answers them like any call but does not take them for the
// page's activity (electron/services.ts, ShellServices.early).
export const EARLY_CALL_HEADER = 'X-Sourcemark-Early'
