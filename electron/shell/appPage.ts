// The one page the Chromium shell shows, shared by the shell (Node) and the script it puts into the
// page (pageBridge.ts), so both refuse the same navigations. Plain TypeScript: no Node, no DOM.

/** The one origin the renderer is served from; nothing is listening there, every request is answered by the shell. */
export const shellOrigin = 'http://mutual-ledger.localhost';

/** The app's page: the one address the window may show. */
export const appPageUrl = `${shellOrigin}/`;

/**
 * Whether a URL is the app's own page (a fragment or a query on it is still the page). The renderer
 * is one page that never navigates, so anything else (another site, another path of the origin,
 * about:blank, data:, javascript:, chrome-error:) is the window leaving the app.
 */
export function isTheAppsPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.origin === shellOrigin && parsed.pathname === '/';
}
