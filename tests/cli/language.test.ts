// The CLI speaks the reader's language: --lang, else LC_ALL, LC_MESSAGES and LANG as POSIX orders them.
// Amounts are read the way that language writes them; --json stays the same data in every language.
import { describe, expect, it } from 'vitest';
import { oneErrorLine, onFirstUse, runCli, sandboxForThisFile } from './cliRunner.ts';
import { addTwoAccounts, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();
const spanishLocale = { LANG: 'es_MX.UTF-8' };

describe.concurrent('mutual-ledger in English or Spanish', () => {
  it('--lang es and LANG=es_MX.UTF-8 give the help in Spanish', async () => {
    const [flag, locale, command] = await Promise.all([
      runCli(sandbox, ['--help', '--lang', 'es']),
      runCli(sandbox, ['--help'], { env: spanishLocale }),
      runCli(sandbox, ['record', '--help', '--lang=es']),
    ]);
    for (const run of [flag, locale]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Uso: mutual-ledger COMANDO --vault DIR [opciones]');
      expect(run.stdout).toMatch(/^ {2}record KIND +Registrar un aporte, desembolso, transferencia, comisión o ajuste\.$/m);
    }
    expect(command.stdout).toContain('Uso: mutual-ledger record KIND --vault DIR [opciones]');
    expect(command.stdout).toMatch(/^ {2}--amount AMOUNT +Tal como se escribe, por ejemplo 1\.200,50 \(sin signo menos\)\.$/m);
  });

  it('gives errors in Spanish, one line as in English, and in --json the same key and values', async () => {
    const [text, json] = await Promise.all([runCli(sandbox, ['abrir'], { env: spanishLocale }), runCli(sandbox, ['status', '--json', '--colour', '--lang', 'es'])]);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(oneErrorLine);
    expect(text.stderr).toBe('mutual-ledger: Comando desconocido: «abrir». Vea: mutual-ledger --help\n');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr)).toEqual({
      error: { code: 'USAGE', message: 'Opción desconocida: --colour. Vea: mutual-ledger --help', key: 'cli.usage.unknownOption', params: { option: '--colour' } },
    });
  });

  it('takes LC_ALL over LC_MESSAGES over LANG, and --lang over all of them', async () => {
    const [allWins, messagesWins, flagWins, cLocale] = await Promise.all([
      runCli(sandbox, ['abrir'], { env: { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'es_ES.UTF-8', LANG: 'es_MX.UTF-8' } }),
      runCli(sandbox, ['abrir'], { env: { LC_MESSAGES: 'es_ES.UTF-8', LANG: 'en_US.UTF-8' } }),
      runCli(sandbox, ['abrir', '--lang', 'en'], { env: { LC_ALL: 'es_MX.UTF-8' } }),
      // A locale the app does not speak (C, POSIX, French) is English.
      runCli(sandbox, ['abrir'], { env: { LC_ALL: 'C', LANG: 'es_MX.UTF-8' } }),
    ]);
    expect(allWins.stderr).toContain('Unknown command "abrir"');
    expect(messagesWins.stderr).toContain('Comando desconocido: «abrir»');
    expect(flagWins.stderr).toContain('Unknown command "abrir"');
    expect(cLocale.stderr).toContain('Unknown command "abrir"');
  });

  it('--lang with a language it does not speak is a usage error naming the choices', async () => {
    const [english, spanish] = await Promise.all([runCli(sandbox, ['--help', '--lang', 'xx']), runCli(sandbox, ['status', '--lang=xx'], { env: spanishLocale })]);
    expect(english.code).toBe(2);
    expect(english.stdout).toBe('');
    expect(english.stderr).toBe('mutual-ledger: There are no messages in "xx". Choose one of: en, es.\n');
    expect(spanish.code).toBe(2);
    expect(spanish.stderr).toBe('mutual-ledger: No hay mensajes en «xx». Elija uno de estos: en, es.\n');
  });
});

describe('mutual-ledger record in Spanish', () => {
  const vault = sandbox.vault('spanish');
  const seeded = onFirstUse(() => seedVault(vault, addTwoAccounts));
  const entryCount = async () => (JSON.parse((await runCli(sandbox, ['list', '--vault', vault, '--json'], unlockEnv)).stdout) as { total: number }).total;
  const record = (amount: string, ...more: string[]) =>
    runCli(sandbox, ['record', 'contribution', '--vault', vault, '--account', 'Credit union', '--amount', amount, '--date', '2026-03-03', '--lang', 'es', ...more], unlockEnv);

  it('reads 1.200,50 as the Spanish write it, shows the entry the Spanish way, and prints the same JSON', async () => {
    await seeded();
    const json = await record('1.200,50', '--json');
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ kind: 'contribution', date: '2026-03-03', amount: 120050, currency: 'USD' });

    const text = await record('75');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Se registró el movimiento #\d+\.$/m);
    expect(text.stdout).toMatch(/^Fecha +3 mar 2026$/m);
    expect(text.stdout).toMatch(/^Tipo +aporte$/m);
    expect(text.stdout).toMatch(/^Monto +75,00\u00a0US\$ de entrada$/m);
  });

  it('refuses 1,200.50 in Spanish with a Spanish reason, and writes nothing', async () => {
    await seeded();
    const before = await entryCount();
    const refused = await record('1,200.50');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(oneErrorLine);
    expect(refused.stderr).toMatch(/^mutual-ledger: --amount 1,200\.50: .*1\.200,50/);
    expect(refused.stderr).not.toMatch(/not an amount|Write it/);
    expect(await entryCount()).toBe(before);
  });
});
