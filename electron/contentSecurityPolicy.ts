/**
 * The one Content-Security-Policy for the renderer, sent by Electron's app:// protocol and by the
 * Chromium shell alike: only the app's own scripts and styles, no network at all, no framing.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
