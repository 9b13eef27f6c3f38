import path from 'node:path';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

/** The app's own origin: the renderer is served only from here, never from file:// or the network. */
export const appScheme = 'app';
const appHost = 'ledger';
const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

const appUrlPattern = new RegExp(`^${appScheme}://${appHost}(?:[/?#]|$)`, 'i');

/** Where an app:// request leads: a file under the renderer folder, or a refusal with its HTTP status. */
export type AppRequestResolution = { status: 200; filePath: string } | { status: 400 | 403 | 405; reason: string };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps an app:// request to a file under `rendererDir`, refusing anything that could reach outside it.
 * Works on the raw URL text rather than a parsed URL, so that encoded separators (`..%2f`, `..%5c`)
 * are seen after decoding, exactly as the file system would see them.
 */
export function resolveAppRequest(request: { method: string; url: string }, rendererDir: string): AppRequestResolution {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, reason: 'Only GET and HEAD are served.' };
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(request.url);
  if (match === null || match[1]?.toLowerCase() !== appScheme) return { status: 403, reason: 'Not an app:// URL.' };
  if (match[2]?.toLowerCase() !== appHost) return { status: 403, reason: `Only ${appOrigin} is served.` };

  let decoded: string;
  try {
    decoded = decodeURIComponent(match[3] ?? '');
  } catch {
    return { status: 400, reason: 'Malformed percent-encoding.' };
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';

  // Both separators, because Windows accepts either; an empty segment means `//`, i.e. an absolute path.
  const segments = decoded.split(/[/\\]/).slice(1);
  const refused = segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes(':') || segment.includes('\0'));
  if (refused) return { status: 403, reason: 'Path leaves the app folder.' };

  const root = path.resolve(rendererDir);
  const filePath = path.join(root, ...segments);
  // Belt and braces: whatever the checks above missed, the final path must still sit under the root.
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { status: 403, reason: 'Path leaves the app folder.' };
  }
  return { status: 200, filePath };
}

/** Headers for every app:// response: the CSP, no sniffing, no referrer, no caching; plus the type when serving a file. */
export function appResponseHeaders(filePath?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  if (filePath !== undefined) {
    headers['Content-Type'] = contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  }
  return headers;
}

/** Whether a URL belongs to the app's own origin (the only origin allowed to call the core). */
export function isAppUrl(url: string): boolean {
  return appUrlPattern.test(url);
}

/**
 * Whether the app's session may make a request at all: its own origin and inline `data:` images (the QR
 * code), nothing else, so no page, script or bug can ever reach the network. DevTools' own pages are
 * let through only for an unpackaged development run.
 */
export function isRequestAllowed(url: string, allowDevTools: boolean): boolean {
  if (isAppUrl(url) || url.startsWith('data:')) return true;
  return allowDevTools && url.startsWith('devtools://');
}
