// The one Content-Security-Policy for the renderer, in the desktop window and
// in browser mode alike: nothing but the app's own files, no remote origin,
// no inline script or style.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
