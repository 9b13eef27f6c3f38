import { describe, expect, it } from 'vitest';
import { day, list, money, say, type Param } from '../../../shared/messages/message.ts';
import { translatorFor } from '../../../shared/messages/translator.ts';

const english = translatorFor('en');
const spanish = translatorFor('es');

describe('the translator', () => {
  it('uses each language’s plural rules', () => {
    expect(english.say(say('cli.waitBeforeNextTry', { seconds: 1 }))).toBe('Wait 1 second before the next try.');
    expect(english.say(say('cli.waitBeforeNextTry', { seconds: 2 }))).toBe('Wait 2 seconds before the next try.');
    expect(spanish.say(say('cli.waitBeforeNextTry', { seconds: 1 }))).toBe('Espere 1 segundo antes del próximo intento.');
    expect(spanish.say(say('cli.waitBeforeNextTry', { seconds: 1200 }))).toBe('Espere 1200 segundos antes del próximo intento.');
  });

  it('writes money, days and lists the locale’s way, and a message inside a message', () => {
    // 'input.invalid' is its one argument and nothing else: what the argument becomes, in each language.
    const show = (param: Param) => [english, spanish].map((words) => words.say(say('input.invalid', { problems: param })));
    expect(show(money(120_050, 'USD'))).toEqual(['$1,200.50', '1200,50\u00a0US$']);
    expect(show(money(1_234_567_89, 'EUR'))).toEqual(['€1,234,567.89', '1.234.567,89\u00a0€']);
    expect(show(day('2025-03-03'))).toEqual(['3 Mar 2025', '3 mar 2025']);
    expect(show(list(['Caja', 'Banco', 'Venmo']))).toEqual(['Caja, Banco, and Venmo', 'Caja, Banco y Venmo']);
    expect(show(say('common.internal'))).toEqual(['Something went wrong inside the app. Nothing was changed.', 'Algo falló dentro de la aplicación. No se cambió nada.']);
  });

  it('shows "<" and braces in a value as text', () => {
    expect(english.say(say('cli.unexpectedError', { detail: '<b>{x}</b>' }))).toBe('Unexpected error: <b>{x}</b>');
  });

  it('writes numbers the locale’s way', () => {
    expect([english.number(12_000), spanish.number(12_000)]).toEqual(['12,000', '12.000']);
    expect([english.money(-300, 'USD'), spanish.money(-300, 'USD')]).toEqual(['-$3.00', '-3,00\u00a0US$']);
  });
});
