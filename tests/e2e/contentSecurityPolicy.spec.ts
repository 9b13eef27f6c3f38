import { shellOrigin } from '../../electron/shell/chromiumShell.ts';
import { expect, test } from './support/appFixture.ts';

interface Violation {
  directive: string;
  blocked: string;
}
type PageGlobals = {
  document: {
    addEventListener(name: string, listener: (event: { effectiveDirective: string; blockedURI: string }) => void): void;
    createElement(tag: string): { textContent: string; setAttribute(name: string, value: string): void };
    body: { append(node: unknown): void };
  };
  eval(code: string): unknown;
  Function: new (body: string) => () => unknown;
  fetch(url: string): Promise<{ ok: boolean }>;
  setTimeout(callback: () => void, ms: number): void;
  __violations: Violation[];
  __inlineRan?: boolean;
  __handlerRan?: boolean;
};

// No request is involved in an inline script or an eval: only the page's policy can stop them, so
// these prove the policy the browser enforces, not the shell's refusal of requests.
test('the browser itself enforces the policy: inline script, eval and connections are refused as violations', async ({ app }) => {
  const { page } = app.shell;
  const consoleMessages: string[] = [];
  page.on('console', (message) => consoleMessages.push(message.text()));
  await page.reload();
  expect(page.url()).toBe(`${shellOrigin}/`);

  const outcome = await page.evaluate(async () => {
    const g = globalThis as unknown as PageGlobals;
    g.__violations = [];
    g.document.addEventListener('securitypolicyviolation', (event) => g.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));

    const inline = g.document.createElement('script');
    inline.textContent = 'globalThis.__inlineRan = true;';
    g.document.body.append(inline);

    const handler = g.document.createElement('img');
    handler.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    handler.setAttribute('onload', 'globalThis.__handlerRan = true;');
    g.document.body.append(handler);

    // DevTools lets code it evaluates call eval (allowUnsafeEvalBlockedByCSP), so the attempts run
    // from a timer, as the page's own code would.
    const attempt = (code: () => unknown) =>
      new Promise<string>((resolve) =>
        g.setTimeout(() => {
          try {
            code();
            resolve('ran');
          } catch (error) {
            resolve((error as Error).name);
          }
        }, 0),
      );
    const evalResult = await attempt(() => g.eval('1 + 1'));
    const functionResult = await attempt(() => new g.Function('return 1')());
    // The shell would serve this URL (it is the app's own page): only connect-src 'none' stops it.
    const fetched = await g.fetch('/').then(
      () => 'reached',
      () => 'refused',
    );
    await new Promise<void>((resolve) => g.setTimeout(resolve, 300));
    return { evalResult, functionResult, fetched, inlineRan: g.__inlineRan === true, handlerRan: g.__handlerRan === true, violations: g.__violations };
  });

  expect(outcome.inlineRan).toBe(false);
  expect(outcome.handlerRan).toBe(false);
  expect(outcome.evalResult).toBe('EvalError');
  expect(outcome.functionResult).toBe('EvalError');
  expect(outcome.fetched).toBe('refused');
  expect(outcome.violations).toEqual(
    expect.arrayContaining([
      { directive: 'script-src-elem', blocked: 'inline' },
      { directive: 'script-src-attr', blocked: 'inline' },
      { directive: 'script-src', blocked: 'eval' },
      { directive: 'connect-src', blocked: `${shellOrigin}/` },
    ]),
  );
  expect(consoleMessages.some((text) => /Content Security Policy/.test(text) && /inline script/.test(text))).toBe(true);
});
