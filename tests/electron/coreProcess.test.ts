// The core's utility-process entry, run as a real child process over the real core: Electron is not
// needed, because a small preload stands in for `process.parentPort` (tests/electron/fixtures).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { MessageFromCore, MessageToCore } from '../../electron/coreChannel.ts';
import { countGlueAssertions } from './glueFigure.ts';

countGlueAssertions(import.meta.filename);

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const entry = path.join(repositoryRoot, 'electron', 'coreProcess.ts');
const parentPortShim = pathToFileURL(path.join(repositoryRoot, 'tests', 'electron', 'fixtures', 'parentPort.mjs')).href;
const passphrase = 'orchard lantern velvet migrate canoe';

let root: string;
let core: ChildProcess;
let received: MessageFromCore[];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mutual-ledger-core-process-'));
  received = [];
  core = fork(entry, [], { cwd: repositoryRoot, execArgv: ['--import', 'tsx', '--import', parentPortShim], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  core.on('message', (message) => received.push(message as MessageFromCore));
  send({ type: 'open', options: { appDataDir: path.join(root, 'app-data'), defaultVaultDir: path.join(root, 'vault') } });
});

afterEach(async () => {
  if (core.exitCode === null) core.kill();
  await rm(root, { recursive: true, force: true });
});

function send(message: MessageToCore): void {
  core.send(message);
}

let nextId = 1;
async function call(method: string, input: unknown): Promise<unknown> {
  const id = nextId++;
  send({ type: 'call', id, method, input });
  await expect.poll(() => received.some((message) => message.type === 'result' && message.id === id), { timeout: 30_000 }).toBe(true);
  const answer = received.find((message) => message.type === 'result' && message.id === id);
  return answer?.type === 'result' ? answer.result : undefined;
}

it('answers calls through the dispatcher, typed errors included', async () => {
  expect(await call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'no-vault', vaultDir: path.join(root, 'vault') } });
  expect(await call('vault.nonsense', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  expect(await call('vault.details', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
});

it('forwards the locked event, and on close locks with reason shutdown and exits', async () => {
  expect(await call('vault.create', { vaultDir: path.join(root, 'vault'), passphrase })).toMatchObject({ ok: true });
  expect(await call('vault.lock', {})).toEqual({ ok: true, value: {} });
  expect(received).toContainEqual({ type: 'event', event: { name: 'locked', payload: { reason: 'manual' } } });

  expect(await call('vault.unlock', { passphrase })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  const exited = new Promise<number | null>((resolve) => core.once('exit', (code) => resolve(code)));
  send({ type: 'close' });
  expect(await exited).toBe(0);
  expect(received).toContainEqual({ type: 'event', event: { name: 'locked', payload: { reason: 'shutdown' } } });
});
