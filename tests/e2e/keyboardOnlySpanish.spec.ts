// A treasurer who reads Spanish does the day's work with the keyboard alone: chooses Español on the
// first screen, sets the vault up (keeping every record for now), records money (typed the Spanish way, 1.200,50), reverses a
// mistaken entry, freezes an account and reads the refusal that names the account that could pay
// instead, then locks and unlocks. No mouse, every screen passes axe. Synthetic data only.
import type { Page } from '@playwright/test';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { tabIntoGrid, tabTo } from './support/keyboard.ts';
import { treasurerPassphrase } from './support/setupFlow.ts';

const focused = (page: Page) => page.locator(':focus');

test('en español y solo con el teclado: preparar la bóveda, un desembolso, una congelación y su rechazo, una reversión, bloquear y desbloquear', async ({ app }) => {
  const { page } = app.shell;
  const main = page.getByRole('main');

  // The language first, one Shift+Tab before the first step's heading.
  await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: /Dónde se guarda la bóveda/ })).toBeVisible();
  await expect(focused(page)).toHaveAccessibleName('Español');

  await tabTo(page, 'Crear una bóveda nueva aquí');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Elija la frase de contraseña/ })).toBeFocused();
  await tabTo(page, 'Frase de contraseña');
  await page.keyboard.type(treasurerPassphrase);
  await tabTo(page, 'Escriba la frase de contraseña otra vez');
  await page.keyboard.type(treasurerPassphrase);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /Anote el código de recuperación/ })).toBeFocused({ timeout: 30_000 });
  const groups = await page.getByRole('list', { name: 'Código de recuperación' }).locator('code').allInnerTexts();
  await tabTo(page, 'Ya lo anoté');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Revise lo que anotó/ })).toBeFocused();
  await tabTo(page, 'Grupo 2');
  await page.keyboard.type(groups[1]!);
  await tabTo(page, 'Grupo 5');
  await page.keyboard.type(groups[4]!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Cuánto tiempo guardar los registros/ })).toBeFocused();
  await expectNoAxeViolations(page, 'es, retention step');
  await tabTo(page, 'Guardar todo por ahora');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Pedir un código de su teléfono/ })).toBeFocused();
  await tabTo(page, 'Omitir por ahora');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Resumen' })).toBeFocused();

  // Two payment accounts.
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Cuentas de pago' })).toBeFocused();
  await tabTo(page, 'Agregar una cuenta');
  await page.keyboard.press('Enter');
  const accountForm = page.getByRole('region', { name: 'Agregar una cuenta de pago' });
  await expect(accountForm.getByLabel('Nombre', { exact: true })).toBeFocused();
  await page.keyboard.type('Cooperativa');
  await tabTo(page, 'Tipo');
  await page.keyboard.type('Ban');
  await expect(accountForm.getByLabel('Tipo', { exact: true }).locator('option:checked')).toHaveText('Banco');
  await expectNoAxeViolations(page, 'es, add an account');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(main.getByText('Se agregó Cooperativa.')).toBeVisible();
  await expect(focused(page)).toHaveAccessibleName('Agregar una cuenta');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Venmo');
  await page.keyboard.press('Enter');
  await expect(main.getByText('Se agregó Venmo.')).toBeVisible();

  // Money in, typed the Spanish way, then a mistaken entry and a disbursement.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Libro de cuentas' })).toBeFocused();
  await page.keyboard.press('n');
  const form = page.getByRole('region', { name: 'Nuevo movimiento' });
  await expect(form.getByLabel('Tipo', { exact: true })).toBeFocused();
  await tabTo(page, 'Monto (USD)');
  await page.keyboard.type('1.200,50');
  await expect(form.getByText('Se lee como 1200,50\u00a0US$')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(form.getByText(/^Movimiento n\.º 1 guardado: aporte de 1200,50\u00a0US\$, Cooperativa\./)).toBeVisible();
  await expect(form.getByLabel('Monto (USD)', { exact: true })).toBeFocused();
  await page.keyboard.type('300');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveAccessibleName('Cuenta');
  await page.keyboard.type('V');
  await page.keyboard.press('Enter');
  await expect(form.getByText(/^Movimiento n\.º 2 guardado: aporte de 300,00\u00a0US\$, Venmo\./)).toBeVisible();
  await page.keyboard.type('50');
  await tabTo(page, 'Nota (opcional)');
  await page.keyboard.type('Anotado dos veces');
  await page.keyboard.press('Control+Enter');
  await expect(form.getByText(/^Movimiento n\.º 3 guardado/)).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(focused(page)).toHaveAccessibleName('Tipo');
  await page.keyboard.type('d');
  await expect(form.getByLabel('Tipo', { exact: true }).locator('option:checked')).toHaveText('Desembolso');
  await tabTo(page, 'Monto (USD)');
  await page.keyboard.type('45');
  await tabTo(page, 'Nota (opcional)');
  await page.keyboard.type('Compras del mercado');
  await page.keyboard.press('Control+Enter');
  await expect(form.getByText(/^Movimiento n\.º 4 guardado: desembolso de 45,00\u00a0US\$ para R-[0-9A-Z]{6}, Venmo\./)).toBeVisible();
  await expectNoAxeViolations(page, 'es, new entry');
  await page.keyboard.press('Escape');
  await expect(focused(page)).toHaveAccessibleName('Nuevo movimiento');
  await expect(main.getByText('4 movimientos en el libro')).toBeVisible();

  // The mistaken entry is reversed from its details, reached with Tab and the arrow keys.
  await tabIntoGrid(page);
  await expect(focused(page)).toContainText('Compras del mercado');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toContainText('Anotado dos veces');
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: /^Movimiento n\.º 3/ });
  await expect(details.getByRole('heading', { name: 'Movimiento n.º 3: aporte' })).toBeFocused();
  await tabTo(page, 'Revertir este movimiento');
  await page.keyboard.press('Enter');
  await expect(details.getByText('¿Revertir el movimiento n.º 3?', { exact: false })).toBeFocused();
  await tabTo(page, 'Motivo (opcional)');
  await page.keyboard.type('Anotado dos veces por error');
  await page.keyboard.press('Enter');
  await expect(details.getByText('Este movimiento fue revertido por el movimiento n.º 5.', { exact: false })).toBeFocused();
  await expectNoAxeViolations(page, 'es, entry details');
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(focused(page)).toContainText('Anotado dos veces');
  await expect(main.getByText('5 movimientos en el libro')).toBeVisible();

  // The platform freezes Venmo.
  await page.keyboard.press('Alt+3');
  await tabTo(page, 'Estado de Venmo', 30);
  await page.keyboard.press('Enter');
  const statusPanel = page.getByRole('region', { name: 'Estado de Venmo' });
  await expect(statusPanel.getByRole('heading', { name: 'Estado de Venmo' })).toBeFocused();
  await expect(statusPanel.getByLabel('Nuevo estado', { exact: true }).locator('option:checked')).toHaveText('Congelada');
  await tabTo(page, 'Motivo');
  await page.keyboard.type('Revisión de la plataforma, sin aviso');
  await page.keyboard.press('Enter');
  await expect(statusPanel.getByText(/^Venmo está congelada desde el .*, con 255,00\u00a0US\$\./)).toBeVisible();
  await expectNoAxeViolations(page, 'es, account status');
  await page.keyboard.press('Escape');

  // Paying out of the frozen account is refused, and the refusal names the account that could pay.
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('n');
  await expect(form.getByLabel('Tipo', { exact: true })).toBeFocused();
  await page.keyboard.type('d');
  await tabTo(page, 'Monto (USD)');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.type('V');
  await page.keyboard.press('Enter');
  const refusal = form.getByRole('alert');
  await expect(refusal).toContainText('Venmo está congelada el');
  await expect(refusal).toContainText('No se guardó nada.');
  await expect(refusal.getByText('Cuentas que podrían pagar en su lugar:')).toBeVisible();
  await expect(refusal.getByRole('listitem')).toHaveText(['Cooperativa (activa, 1200,50\u00a0US$)']);
  await expectNoAxeViolations(page, 'es, refusal');
  await page.keyboard.press('Escape');
  await expect(main.getByText('5 movimientos en el libro')).toBeVisible();

  // Lock from the header, and unlock again, still in Spanish.
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Resumen' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(focused(page)).toHaveAccessibleName('Bloquear ahora');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Desbloquear la bóveda' })).toBeVisible();
  await expect(focused(page)).toHaveAccessibleName('Frase de contraseña');
  await expectNoAxeViolations(page, 'es, unlock');
  await page.keyboard.type(treasurerPassphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Resumen' })).toBeFocused();
  expect(app.internalErrors).toEqual([]);
});
