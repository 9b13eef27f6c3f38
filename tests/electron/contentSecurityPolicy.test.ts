import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/contentSecurityPolicy.ts';
import { countGlueAssertions } from './glueFigure.ts';

countGlueAssertions(import.meta.filename);

/** The policy as a browser reads it: directive name → its source list (CSP Level 3, section 2.2). */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part
      .trim()
      .split(/\s+/)
      .filter((token) => token !== '');
    if (name === undefined) continue;
    // A browser ignores a repeated directive; a repeat here would be a policy that says one thing and does another.
    expect(parsed.has(name.toLowerCase()), `directive ${name} appears twice`).toBe(false);
    parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

const policy = directives(contentSecurityPolicy);

describe('the Content-Security-Policy, directive by directive', () => {
  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s allows exactly %j', (name, sources) => {
    expect(policy.get(name)).toEqual(sources);
  });

  it('has no directive beyond those, so nothing widens what they allow', () => {
    expect([...policy.keys()].sort()).toEqual(['base-uri', 'connect-src', 'default-src', 'font-src', 'form-action', 'frame-ancestors', 'img-src', 'object-src', 'script-src', 'style-src'].sort());
  });

  it('allows no inline code, no eval, no wildcard and no network origin anywhere', () => {
    const everySource = [...policy.values()].flat();
    for (const weakening of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'", '*', 'http:', 'https:', 'ws:', 'wss:', 'blob:', 'filesystem:']) {
      expect(everySource, weakening).not.toContain(weakening);
    }
    expect(everySource.filter((source) => source.includes('*') || /^[a-z-]+:\/\//i.test(source))).toEqual([]);
  });

  it('confines scripts and connections to the app itself: no data: scripts, nothing fetched', () => {
    expect(policy.get('script-src')).not.toContain('data:');
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });
});
