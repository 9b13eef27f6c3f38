// Entry of the core's Electron utility process: the vault and its services live here, off the main
// process, so a slow Argon2 unlock or a VACUUM never freezes the window. Plain Node; it talks to main
// only through `process.parentPort`, and never imports 'electron'.
import type { Result } from '../shared/result.ts';
import type { MessageFromCore, MessageToCore } from './coreChannel.ts';
import { openTreasury, type Treasury } from './core/treasury.ts';
import { TreasuryError } from '../shared/errors.ts';
import { say } from '../shared/messages/message.ts';

/** The part of Electron's ParentPort this process uses, declared here so the core never needs Electron's types. */
interface ParentPort {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): void;
  postMessage(message: MessageFromCore): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort | null }).parentPort;
if (parentPort === undefined || parentPort === null) {
  console.error('coreProcess runs only as an Electron utility process, started by the app.');
  process.exit(2);
}
const port: ParentPort = parentPort;

let treasury: Treasury | undefined;

port.on('message', ({ data }) => {
  const message = data as MessageToCore;
  switch (message.type) {
    case 'open':
      // Main sends `open` exactly once, before any call; a second one would orphan an open vault.
      treasury ??= openTreasury({
        ...message.options,
        onEvent: (event) => port.postMessage({ type: 'event', event }),
        onInternalError: (method, error) => console.error(`Mutual Ledger core: ${method} failed:`, error),
      });
      return;
    case 'call':
      void answer(message.id, message.method, message.input);
      return;
    case 'close':
      void closeAndExit();
      return;
  }
});

async function answer(id: number, method: string, input: unknown): Promise<void> {
  let result: Result<unknown>;
  if (treasury === undefined) {
    result = { ok: false, error: new TreasuryError('INTERNAL', say('common.coreNotStarted')).toPayload() };
  } else {
    try {
      result = await treasury.dispatcher.call(method, input);
    } catch (error) {
      // The dispatcher turns every failure into a Result; this only guards against a bug there,
      // because an unanswered call would leave a screen waiting forever.
      console.error(`Mutual Ledger core: ${method} threw:`, error);
      result = { ok: false, error: new TreasuryError('INTERNAL', say('common.internal')).toPayload() };
    }
  }
  port.postMessage({ type: 'result', id, result });
}

async function closeAndExit(): Promise<void> {
  try {
    await treasury?.close();
    process.exit(0);
  } catch (error) {
    console.error('Mutual Ledger core: closing the vault failed:', error);
    process.exit(1);
  }
}
