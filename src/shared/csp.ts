// The Content-Security-Policy of every page Lectern serves: the desktop window (app://) and the
// browser shell's host send the same one.
/** No remote content of any kind: scripts, styles, fonts, images only from the app itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Svelte transitions set inline styles
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
