// Runs the real `mutual-ledger` CLI as a child process, the way a treasurer or a script would,
// inside a sandbox whose HOME, TMPDIR and working folder are empty, so tests can prove the CLI
// writes nothing outside the vault folder.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/mutual-ledger.js', import.meta.url));

export interface Sandbox {
  root: string;
  /** HOME, TMPDIR and the working folder of every run: they must stay empty. */
  untouched: { home: string; tmp: string; cwd: string };
  /** A path for a vault (not created). */
  vault(name: string): string;
  /** Writes a secret file (outside the untouched folders) and returns its path. */
  secretFile(name: string, content: string): string;
  remove(): void;
}

/** A fresh temporary folder for one test file. */
export function createSandbox(): Sandbox {
  const root = mkdtempSync(path.join(tmpdir(), 'mutual-ledger-cli-'));
  const untouched = { home: path.join(root, 'home'), tmp: path.join(root, 'tmp'), cwd: path.join(root, 'cwd') };
  for (const dir of [...Object.values(untouched), path.join(root, 'vaults'), path.join(root, 'secrets')]) mkdirSync(dir);
  return {
    root,
    untouched,
    vault: (name) => path.join(root, 'vaults', name),
    secretFile(name, content) {
      const file = path.join(root, 'secrets', name);
      writeFileSync(file, content, { mode: 0o600 });
      return file;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * The sandbox of one test file: its own HOME, TMPDIR, working folder and vaults. Once the file's tests
 * are over, whichever of them ran (all, one picked with -t, or some that failed), it checks that nothing
 * was left in HOME, TMPDIR or the working folder, then removes the sandbox.
 */
export function sandboxForThisFile(): Sandbox {
  const sandbox = createSandbox();
  afterAll(() => {
    try {
      expect(leftovers(sandbox), 'files left in HOME, TMPDIR or the working folder').toEqual([]);
    } finally {
      sandbox.remove();
    }
  });
  return sandbox;
}

/** Names of everything left in the sandbox's untouched folders. */
export function leftovers(sandbox: Sandbox): string[] {
  return Object.values(sandbox.untouched).flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name)));
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Something to type once the output so far matches `after`. */
export interface Reply {
  after: RegExp;
  send: string | ((output: string) => string);
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Answers given in order, each once its prompt (or line of output) has appeared. */
  replies?: Reply[];
  /** Run under a pseudo-terminal (util-linux `script`), as a person at a keyboard would; stderr is merged into stdout. */
  terminal?: boolean;
  /** Written to stdin, which is then closed, as `printf … | mutual-ledger …` would. */
  input?: string;
  /** The umask to run under, such as 0o000 (a shell's `umask 000`); the test runner's own when omitted. */
  umask?: number;
}

/** Runs `mutual-ledger ARGS` in the sandbox and collects its output and exit code. */
export function runCli(sandbox: Sandbox, args: string[], options: RunOptions = {}): Promise<CliRun> {
  // Nothing else of this machine's environment: no LC_ALL or LC_MESSAGES, and LANG English, so the CLI
  // speaks English on any machine unless a test gives it another locale.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: sandbox.untouched.home, TMPDIR: sandbox.untouched.tmp, TERM: 'dumb', LANG: 'en_US.UTF-8', ...options.env };
  const command = [...(options.umask === undefined ? [] : ['/bin/sh', '-c', `umask ${options.umask.toString(8).padStart(3, '0')} && exec "$@"`, 'sh']), process.execPath, bin, ...args];
  const child = options.terminal
    ? spawn('script', ['--quiet', '--return', '--command', command.map(shellQuote).join(' '), '/dev/null'], { cwd: sandbox.untouched.cwd, env })
    : spawn(command[0] ?? 'node', command.slice(1), { cwd: sandbox.untouched.cwd, env });
  const replies = [...(options.replies ?? [])];
  let stdout = '';
  let stderr = '';
  let answeredUpTo = 0;
  const answer = (): void => {
    const next = replies[0];
    if (next === undefined) return;
    const fresh = stdout.slice(answeredUpTo);
    if (!next.after.test(fresh)) return;
    replies.shift();
    answeredUpTo = stdout.length;
    child.stdin.write(typeof next.send === 'string' ? next.send : next.send(stdout));
    answer();
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    answer();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // Without replies, stdin is closed at once, as for a script that gives no input; under a
  // terminal it must stay open (closing it would end the session).
  if (options.input !== undefined) child.stdin.end(options.input);
  else if (replies.length === 0 && !options.terminal) child.stdin.end();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The TOTP code oathtool computes for a secret, now or `offsetSeconds` from now. */
export function oathtoolCode(secret: string, offsetSeconds = 0): string {
  const args = ['--totp', '-b', ...(offsetSeconds === 0 ? [] : ['-N', `now + ${offsetSeconds} seconds`]), secret];
  return execFileSync('oathtool', args, { encoding: 'utf8' }).trim();
}

/** The base32 secret inside the otpauth:// URI the CLI printed. */
export function secretFromOutput(output: string): string {
  const uri = /otpauth:\/\/\S+?(?="|\s|$)/.exec(output)?.[0];
  const secret = uri === undefined ? null : new URL(uri).searchParams.get('secret');
  if (secret === null) throw new Error(`no otpauth URI in the output:\n${output}`);
  return secret;
}

/** Waits out the unlock backoff a failed attempt started. */
export function waitForBackoff(run: CliRun): Promise<void> {
  const seconds = /Wait (\d+) second/.exec(run.stderr)?.[1] ?? /"retryAfterSeconds":(\d+)/.exec(run.stderr)?.[1] ?? '1';
  return new Promise((resolve) => setTimeout(resolve, Number(seconds) * 1000 + 100));
}

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/** The error code a --json run printed on stderr (one `{"error":{…}}` line), or a failed test. */
export function errorCode(run: CliRun): string {
  const parsed = JSON.parse(run.stderr) as { error?: { code?: unknown } };
  if (typeof parsed.error?.code !== 'string') throw new Error(`no error code on stderr:\n${run.stderr}`);
  return parsed.error.code;
}

/** What every error looks like on stderr without --json: one line, prefixed with the program's name. */
export const oneErrorLine = /^mutual-ledger: [^\n]+\n$/;

/**
 * A step several tests of one file build on (a vault created, TOTP enrolled), run by whichever of them
 * comes first and then shared: each test asks for it instead of relying on an earlier test having set a
 * variable, so any one test runs alone (`-t`) as it runs in the whole file.
 */
export function onFirstUse<T>(step: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= step());
}

/** Creates a vault with `mutual-ledger init` and returns its folder. */
export async function initVault(sandbox: Sandbox, name: string, passphrase: string): Promise<string> {
  const vault = sandbox.vault(name);
  const run = await runCli(sandbox, ['init', '--vault', vault], { env: { MUTUAL_LEDGER_NEW_PASSPHRASE: passphrase } });
  if (run.code !== 0) throw new Error(`init failed: ${run.stderr}`);
  return vault;
}
