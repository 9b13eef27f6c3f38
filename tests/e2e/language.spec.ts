// The app speaks the treasurer's language from the very first screen: Español chosen before anything
// else is asked turns the screens Spanish at once, is remembered across a reload and a lock, and is
// changed back from the vault settings. Every Spanish screen passes axe and holds its shape at 800×600
// and 1280×800 (Spanish runs about a quarter longer than English). Synthetic data only.
import type { Page } from '@playwright/test';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { saveScreen } from './support/screens.ts';
import { treasurerPassphrase } from './support/setupFlow.ts';

const sizes = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

/** Text that does not fit: the page scrolling sideways, or a control, label or heading wider than its box. Run in the page. */
const overflowInPage = `(() => {
  const found = [];
  if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
  for (const element of document.querySelectorAll('button, label, legend, h1, h2, h3, p, th, td, summary, option')) {
    // Words only a screen reader hears sit in a 1px box on purpose.
    if (element.closest('.visually-hidden') === null && element.scrollWidth > element.clientWidth + 1) found.push(element.tagName + ' "' + element.textContent.trim().slice(0, 50) + '" is cut off');
  }
  return found;
})()`;

/** Checks one screen at both sizes: axe finds nothing, nothing is cut off, and a screenshot is kept. */
async function inspectAtEachSize(page: Page, screen: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${screen} at ${size.width}`);
    expect(await page.evaluate(overflowInPage), `${screen} at ${size.width}×${size.height}`).toEqual([]);
    await saveScreen(page, `${screen}-${size.width}`);
  }
}

test('Español chosen on the first screen is used at once, remembered, and changed back in the vault settings', async ({ app }) => {
  const { page } = app.shell;
  const focused = () => page.locator(':focus');

  // The first focus stays on the step's heading; the chooser is one Shift+Tab before it.
  await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  const chooser = page.getByRole('group', { name: 'Language' });
  await expect(chooser.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(chooser.getByRole('radio', { name: 'Español' })).toHaveAttribute('lang', 'es');
  await page.keyboard.press('Shift+Tab');
  await expect(focused()).toHaveAccessibleName('English');
  await page.keyboard.press('ArrowRight');

  // The screen changes at once, the keyboard stays where it was, and the page says its language.
  await expect(page.getByRole('heading', { level: 1, name: /Dónde se guarda la bóveda/ })).toBeVisible();
  await expect(focused()).toHaveAccessibleName('Español');
  await expect(page.getByRole('group', { name: 'Idioma' }).getByRole('radio', { name: 'Español' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Crear una bóveda nueva aquí' })).toBeVisible();
  await inspectAtEachSize(page, 'es-setup-1-vault-folder');

  // Remembered on this computer: a reload (as after a restart) opens in Spanish.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Dónde se guarda la bóveda/ })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.getByRole('button', { name: 'Crear una bóveda nueva aquí' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Elija la frase de contraseña/ })).toBeFocused();
  await page.getByLabel('Frase de contraseña', { exact: true }).fill(treasurerPassphrase);
  await page.getByLabel('Escriba la frase de contraseña otra vez').fill('otra cosa');
  await page.getByLabel('Escriba la frase de contraseña otra vez').press('Enter');
  await expect(page.getByText('Las dos frases de contraseña no son iguales.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'es, passphrase');
  await page.getByLabel('Escriba la frase de contraseña otra vez').fill(treasurerPassphrase);
  await page.getByLabel('Escriba la frase de contraseña otra vez').press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /Anote el código de recuperación/ })).toBeFocused({ timeout: 30_000 });
  const groups = await page.getByRole('list', { name: 'Código de recuperación' }).locator('code').allInnerTexts();
  await page.getByText('Detalles técnicos').click();
  await expect(page.getByText(/base32 de Crockford/)).toBeVisible();
  await expectNoAxeViolations(page, 'es, recovery code');
  await page.getByRole('button', { name: 'Ya lo anoté' }).click();
  await page.getByLabel('Grupo 2').fill(groups[1]!);
  await page.getByLabel('Grupo 5').fill(groups[4]!);
  await page.getByRole('button', { name: 'Revisar y continuar' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Cuánto tiempo guardar los registros/ })).toBeFocused();
  await expectNoAxeViolations(page, 'es, retention step');
  await page.getByRole('button', { name: 'Guardar todo por ahora' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Pedir un código de su teléfono/ })).toBeFocused();
  await expectNoAxeViolations(page, 'es, TOTP step');
  await page.getByRole('button', { name: 'Omitir por ahora' }).click();

  // The vault settings, in Spanish.
  const sections = page.getByRole('navigation', { name: 'Secciones' });
  await sections.getByRole('button', { name: 'Bóveda', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bóveda', exact: true })).toBeFocused();
  const language = page.getByRole('region', { name: 'Idioma' });
  await expect(language.getByRole('radio', { name: 'Español' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Bloqueo automático' })).toBeVisible();
  await inspectAtEachSize(page, 'es-vault');

  // Locked, the unlock screen is Spanish too.
  await page.getByRole('button', { name: 'Bloquear ahora' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desbloquear la bóveda' })).toBeVisible();
  await expect(page.getByText(/Usted bloqueó la bóveda a las \d\d:\d\d\./)).toBeVisible();
  await expect(page.getByLabel('Frase de contraseña')).toBeFocused();
  await inspectAtEachSize(page, 'es-unlock');
  await page.getByLabel('Frase de contraseña').fill(treasurerPassphrase);
  await page.getByLabel('Frase de contraseña').press('Enter');

  // Back to English from the vault settings, at once and for good.
  await sections.getByRole('button', { name: 'Bóveda', exact: true }).click();
  await language.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Vault', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'Language' }).getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();
  expect(app.internalErrors).toEqual([]);
});
