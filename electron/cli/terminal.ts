import { createInterface } from 'node:readline';
import { say, type Message } from '../../shared/messages/message.ts';
import { CliError } from './cliError.ts';

/** Whether a person is at the keyboard: only then does the CLI ask questions. */
export function isInteractive(): boolean {
  return process.stdin.isTTY === true;
}

function cancelled(): CliError {
  return new CliError('failure', 'CANCELLED', say('cli.cancelled'));
}

/**
 * Asks on the terminal without echoing what is typed (the question goes to stderr, so stdout
 * stays data). Raw mode turns Ctrl-C into a byte rather than a signal: it cancels, and so does
 * Ctrl-D on an empty answer; Backspace and Ctrl-U edit.
 */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let answer = '';
    const finish = (error?: CliError): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error === undefined) resolve(answer);
      else reject(error);
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(cancelled());
        if (char === '\u0004') {
          if (answer === '') return finish(cancelled());
        } else if (char === '\u007f' || char === '\b') {
          answer = Array.from(answer).slice(0, -1).join('');
        } else if (char === '\u0015') {
          answer = '';
        } else if (char === '\u001b') {
          // An escape sequence (arrow keys, function keys) arrives as one chunk: drop all of it.
          return;
        } else if (char >= ' ') {
          answer += char;
        }
      }
    };
    // Raw mode first, so nothing typed after the question appears can echo or raise a signal.
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
    process.stderr.write(question);
  });
}

/** Reads one line from stdin when it is not a terminal (a script answering); fails at end of input. */
export function readStdinLine(missing: Message): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  return new Promise((resolve, reject) => {
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) reject(new CliError('usage', 'MISSING_SECRET', missing));
    });
  });
}
