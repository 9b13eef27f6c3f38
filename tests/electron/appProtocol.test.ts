import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, isAppUrl, isRequestAllowed, resolveAppRequest } from '../../electron/appProtocol.ts';
import { contentSecurityPolicy } from '../../electron/contentSecurityPolicy.ts';
import { countGlueAssertions } from './glueFigure.ts';

countGlueAssertions(import.meta.filename);

const rendererDir = path.resolve('/opt/mutual-ledger/dist/renderer');
const get = (url: string) => resolveAppRequest({ method: 'GET', url }, rendererDir);

describe('app:// requests', () => {
  it('serves files under dist/renderer, and index.html for the root', () => {
    expect(get('app://ledger/')).toEqual({ status: 200, filePath: path.join(rendererDir, 'index.html') });
    expect(get('app://ledger')).toEqual({ status: 200, filePath: path.join(rendererDir, 'index.html') });
    expect(get('app://ledger/index.html')).toEqual({ status: 200, filePath: path.join(rendererDir, 'index.html') });
    expect(get('app://ledger/assets/index-Bq3x.js?v=1#top')).toEqual({
      status: 200,
      filePath: path.join(rendererDir, 'assets', 'index-Bq3x.js'),
    });
    expect(get('app://ledger/assets/Noto%20Sans.woff2')).toEqual({
      status: 200,
      filePath: path.join(rendererDir, 'assets', 'Noto Sans.woff2'),
    });
  });

  it.each([
    'app://ledger/../../etc/passwd',
    'app://ledger/assets/../../../etc/passwd',
    'app://ledger/%2e%2e/%2e%2e/etc/passwd',
    'app://ledger/%2E%2E/secret',
    'app://ledger/..%2f..%2fetc%2fpasswd',
    'app://ledger/assets/..%5c..%5c..%5cwindows%5cwin.ini',
    'app://ledger/./index.html',
  ])('refuses dot segments, plain or encoded: %s', (url) => {
    expect(get(url).status).toBe(403);
  });

  it.each([
    'app://ledger//etc/passwd',
    'app://ledger/%2Fetc%2Fpasswd',
    'app://ledger/C:/Windows/win.ini',
    'app://ledger/C%3A%5CWindows%5Cwin.ini',
    'app://ledger/%5C%5Cserver%5Cshare%5Cfile',
    'app://ledger/index.html%00.png',
  ])('refuses absolute paths and odd names: %s', (url) => {
    expect(get(url).status).toBe(403);
  });

  it('refuses other hosts, ports and schemes', () => {
    expect(get('app://evil/index.html').status).toBe(403);
    expect(get('app://ledger.evil/index.html').status).toBe(403);
    expect(get('app://ledger:8080/index.html').status).toBe(403);
    expect(get('file:///etc/passwd').status).toBe(403);
    expect(get('https://ledger/index.html').status).toBe(403);
  });

  it('accepts the host in any case, as Chromium may hand it over', () => {
    expect(get('APP://Ledger/index.html').status).toBe(200);
  });

  it('refuses malformed percent-encoding and methods other than GET and HEAD', () => {
    expect(get('app://ledger/%E0%A4%A').status).toBe(400);
    expect(resolveAppRequest({ method: 'POST', url: 'app://ledger/index.html' }, rendererDir).status).toBe(405);
    expect(resolveAppRequest({ method: 'HEAD', url: 'app://ledger/index.html' }, rendererDir).status).toBe(200);
  });

  it('refuses every pair of hostile segments, and never resolves outside the renderer folder', () => {
    const hostile = ['..', '%2e%2e', '%2E.', '.%2e', '..%2f', '..%5c', '%c0%ae%c0%ae', '....', '..;', 'a/../..'];
    const urls = hostile.flatMap((first) => hostile.map((second) => `app://ledger/${first}/${second}/etc/passwd`));
    expect(urls).toHaveLength(100);
    const served = urls.map((url) => ({ url, result: get(url) })).filter(({ result }) => result.status !== 403 && result.status !== 400);
    expect(served).toEqual([]);
  });
});

describe('app:// response headers', () => {
  it('carry the Content-Security-Policy on every response, with or without a file', () => {
    expect(appResponseHeaders(path.join(rendererDir, 'index.html'))['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(appResponseHeaders()['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });

  it('name the content type, forbid sniffing, referrers and caching', () => {
    const headers = appResponseHeaders(path.join(rendererDir, 'assets', 'index.JS'));
    expect(headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cache-Control']).toBe('no-store');
    expect(appResponseHeaders(path.join(rendererDir, 'index.html'))['Content-Type']).toBe('text/html; charset=utf-8');
    expect(appResponseHeaders(path.join(rendererDir, 'unknown.bin'))['Content-Type']).toBe('application/octet-stream');
  });
});

describe('which requests the app session lets through', () => {
  it('lets through only its own origin and inline data', () => {
    expect(isRequestAllowed('app://ledger/assets/index.js', false)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA', false)).toBe(true);
    for (const url of ['https://example.org/', 'http://localhost:5173/', 'file:///etc/passwd', 'ws://example.org', 'app://other/x', 'app://ledger.evil/x']) {
      expect(isRequestAllowed(url, false)).toBe(false);
    }
  });

  it('lets DevTools load only when asked to (unpackaged runs)', () => {
    expect(isRequestAllowed('devtools://devtools/bundled/devtools_app.html', false)).toBe(false);
    expect(isRequestAllowed('devtools://devtools/bundled/devtools_app.html', true)).toBe(true);
  });

  it('knows the app origin exactly', () => {
    expect(isAppUrl('app://ledger/index.html')).toBe(true);
    expect(isAppUrl('app://ledger')).toBe(true);
    expect(isAppUrl('app://ledgerx/index.html')).toBe(false);
    expect(isAppUrl('https://ledger/index.html')).toBe(false);
  });
});
