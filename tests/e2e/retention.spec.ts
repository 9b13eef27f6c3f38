// Retention from the treasurer's side: the schedule chosen (the recommended one, then a shorter age
// for memos), the plan's counts, a run asked for, confirmed and logged, and a legal hold placed (its
// banner on every section, no "Shred now" under it) and lifted with the passphrase. Axe in English
// and Spanish; screenshots at 800×600 and 1280×800 go to test-results/screens. Synthetic data only.
import type { Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import type { RetentionPlan, RetentionPolicy } from '../../shared/contract/index.ts';
import type { Language } from '../../shared/messages/language.ts';
import { translatorFor } from '../../shared/messages/translator.ts';
import { expect, test, type AppUnderTest } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addCreditUnion, callCore, holdTheCoresCalls } from './support/coreSeed.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, openSection, treasurerPassphrase } from './support/setupFlow.ts';

const sizes = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

/** Entries across 2023 and 2024 (older than any recommended age), a few from 2025, and some from the last weeks. */
async function seedEntries(app: AppUnderTest): Promise<void> {
  const call = (method: string, input: unknown) => callCore(app, method, input);
  const accountId = await addCreditUnion(app);
  const day = (daysAgo: number) => format(subDays(new Date(), daysAgo), 'yyyy-MM-dd');
  const entries: unknown[] = [];
  for (const year of [2023, 2024]) {
    for (let month = 1; month <= 12; month += 1) {
      const date = `${year}-${String(month).padStart(2, '0')}`;
      entries.push({ kind: 'contribution', date: `${date}-05`, amount: 50_000 + month, accountId, memo: `Dues collected at the ${date} meeting` });
      if (month % 3 === 0) entries.push({ kind: 'disbursement', date: `${date}-20`, amount: 12_000, accountId, category: 'rent', recipientCode: `R-${year}${month}`, memo: 'Rent help' });
    }
  }
  entries.push(
    { kind: 'contribution', date: '2025-03-15', amount: 40_000, accountId, memo: 'Spring fundraiser' },
    { kind: 'disbursement', date: '2025-05-20', amount: 9_000, accountId, category: 'food', recipientCode: 'R-MAY25', memo: 'Groceries for a family of four' },
    { kind: 'contribution', date: '2025-09-15', amount: 30_000, accountId, memo: 'Autumn dues' },
    { kind: 'contribution', date: day(60), amount: 20_000, accountId, memo: 'Potluck donations' },
    { kind: 'contribution', date: day(45), amount: 15_000, accountId, memo: 'Online pledges' },
    { kind: 'contribution', date: day(5), amount: 5_000, accountId, memo: 'This week’s jar' },
  );
  for (const entry of entries) {
    const recorded = await call('ledger.record', entry);
    if (!recorded.ok) throw new Error(JSON.stringify(recorded.error));
  }
}

/** What the core's plan says is due now. */
async function planNow(app: AppUnderTest): Promise<RetentionPlan> {
  const plan = await callCore(app, 'retention.plan', {});
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  return plan.value as RetentionPlan;
}

/** The counts a run of this plan shreds, as the screens list them in one language. */
function countsInWords(plan: RetentionPlan, language: Language): string[] {
  const words = translatorFor(language);
  const total = (policy: RetentionPolicy) => plan.policies.find((each) => each.policy === policy)?.total ?? 0;
  return [
    total('memos') > 0 ? words.words('retentionScreen.count.memos', { count: total('memos') }) : null,
    total('receipts') > 0 ? words.words('retentionScreen.count.receipts', { count: total('receipts') }) : null,
    total('recipientCodes') > 0 ? words.words('retentionScreen.count.recipientCodes', { count: total('recipientCodes') }) : null,
    total('entries') > 0 ? words.words('retentionScreen.count.entries', { count: total('entries') }) : null,
    total('shredLog') > 0 ? words.words('retentionScreen.count.shredLog', { count: total('shredLog') }) : null,
  ].filter((line) => line !== null);
}

async function entryCount(app: AppUnderTest): Promise<number> {
  const counted = await callCore(app, 'ledger.count', {});
  if (!counted.ok) throw new Error(JSON.stringify(counted.error));
  return (counted.value as { total: number }).total;
}

/** Text at twice its size, as the browser's font size setting (32 instead of 16) makes it. */
async function largerText(page: Page): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect.poll(() => page.evaluate(`getComputedStyle(document.documentElement).fontSize`)).toBe('34px');
}

/** The screen at each size, for people to look at. */
async function shootAtEachSize(page: Page, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await saveScreen(page, `${name}-${size.width}`);
  }
}

test('the recommended schedule, a run confirmed and logged, and a legal hold placed and lifted', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await seedEntries(app);
  const seeded = await entryCount(app);

  // Alt+5 opens Retention (Vault moved to Alt+6). No schedule yet: nothing is shredded, the recommended one is offered.
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Retention', exact: true })).toBeFocused();
  const schedule = page.getByRole('region', { name: 'The schedule' });
  const plan = page.getByRole('region', { name: 'The next run' });
  const hold = page.getByRole('region', { name: 'Legal hold' });
  const log = page.getByRole('region', { name: 'Past runs' });
  await expect(schedule.getByText('The group has not chosen a schedule yet, so nothing is shredded', { exact: false })).toBeVisible();
  await expect(schedule.getByRole('row', { name: /^Memos .* Never shredded 90\sdays$/ })).toBeVisible();
  await expect(plan.getByText('Nothing is due: the group has not chosen a schedule.')).toBeVisible();
  await expect(plan.getByRole('button', { name: 'Shred now' })).toHaveCount(0);
  await expect(log.getByText('No run has shredded anything yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'retention, no schedule');
  await shootAtEachSize(page, 'retention-no-schedule');

  await schedule.getByRole('button', { name: 'Use the recommended schedule' }).click();
  await expect(schedule.getByRole('status')).toHaveText('The recommended schedule is chosen. The next run shreds what it says is due.');
  await expect(schedule.getByRole('row', { name: /^Whole entries .* 24\smonths$/ })).toBeVisible();
  await expect(schedule.getByRole('table', { name: 'Changes to the schedule' }).getByRole('row')).toHaveCount(2);

  // The plan's counts are the core's: every entry of 2023 goes whole (2024's too, but for the months
  // not yet 24 months old), and memos and codes of the months after.
  const due = await planNow(app);
  const total = (policy: RetentionPolicy) => due.policies.find((each) => each.policy === policy)?.total ?? 0;
  const entryMonths = due.policies.find((each) => each.policy === 'entries')?.months ?? [];
  expect(total('entries')).toBeGreaterThanOrEqual(16);
  expect(total('memos')).toBeGreaterThan(0);
  expect(entryMonths.slice(0, 3)).toEqual([
    { month: '2023-01', count: 1 },
    { month: '2023-02', count: 1 },
    { month: '2023-03', count: 2 },
  ]);
  await expect(plan.getByRole('row', { name: new RegExp(`^Whole entries 24\\smonths .* ${total('entries')}$`) })).toBeVisible();
  await expect(plan.getByRole('row', { name: new RegExp(`^Memos 90\\sdays .* ${total('memos')}$`) })).toBeVisible();
  await plan.getByText('Whole entries, month by month').click();
  const months = plan.getByRole('table', { name: 'Whole entries, month by month' });
  await expect(months.getByRole('row', { name: 'March 2023 2' })).toBeVisible();
  await expect(months.getByRole('row')).toHaveCount(entryMonths.length + 1);
  await expectNoAxeViolations(page, 'retention, plan');
  await shootAtEachSize(page, 'retention-plan');

  // Shred now asks first, with the counts.
  await plan.getByRole('button', { name: 'Shred now' }).click();
  await expect(plan.getByText('Shred these now? This cannot be undone:')).toBeFocused();
  const question = plan.getByRole('form', { name: 'Shred these now? This cannot be undone:' });
  await expect(question.getByRole('listitem')).toHaveText(countsInWords(due, 'en'));
  await expectNoAxeViolations(page, 'retention, confirm shredding');
  await shootAtEachSize(page, 'retention-confirm');
  await question.getByRole('button', { name: 'Keep them for now' }).click();
  await expect(question).toHaveCount(0);
  expect(await entryCount(app)).toBe(seeded);

  // The run shows how far it is, with a Stop button: held at the head of the core's queue long enough to be seen.
  await plan.getByRole('button', { name: 'Shred now' }).click();
  const held = holdTheCoresCalls(app);
  try {
    await question.getByRole('button', { name: 'Shred them for good' }).click();
    await expect(plan.getByRole('progressbar', { name: 'Starting the run…' })).toBeVisible();
    await expect(plan.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expectNoAxeViolations(page, 'retention, run starting');
    await saveScreen(page, 'retention-running');
  } finally {
    // Released even when a step above fails, so that closing the app is not held too.
    held.release();
  }
  await expect(plan.getByRole('status')).toHaveText(/^Shredded: .*\. The database is rewritten, with no shredded byte left\.$/, { timeout: 30_000 });
  await expect(plan.getByText('Nothing is due: no record is older than its age.')).toBeVisible();
  await expect(plan.getByRole('button', { name: 'Shred now' })).toHaveCount(0);
  expect(await entryCount(app)).toBe(seeded - total('entries'));
  const run = log.getByRole('table').getByRole('row').nth(1);
  await expect(run).toContainText('By the treasurer');
  await expect(run.getByRole('listitem')).toHaveText(countsInWords(due, 'en'));
  await expectNoAxeViolations(page, 'retention, after a run');
  await shootAtEachSize(page, 'retention-shredded');

  // A shorter age for memos, written wrong first: the core's words under the field.
  await schedule.getByRole('button', { name: 'Change the schedule' }).click();
  const memos = schedule.getByLabel('Memos: kept for');
  await expect(memos).toBeFocused();
  await expect(memos).toHaveValue('90d');
  await memos.fill('30 days');
  await memos.press('Enter');
  await expect(schedule.getByText('Write an age as a number and d, m or y (days, months, years), such as 90d, 12m or 2y; or never.')).toBeVisible();
  await expect(memos).toHaveAttribute('aria-invalid', 'true');
  await expect(memos).toBeFocused();
  await expectNoAxeViolations(page, 'retention, age written wrong');
  await shootAtEachSize(page, 'retention-schedule-form');
  await memos.fill('30d');
  await memos.press('Enter');
  await expect(schedule.getByRole('status')).toHaveText('The schedule is saved. The plan below shows what it shreds.');
  await expect(plan.getByRole('row', { name: /^Memos 30\sdays .* 2$/ })).toBeVisible();
  await expect(plan.getByRole('button', { name: 'Shred now' })).toBeVisible();

  // A legal hold: its reason is required.
  await hold.getByRole('button', { name: 'Place a legal hold' }).click();
  const note = hold.getByLabel('Why the hold is placed');
  await expect(note).toBeFocused();
  await hold.getByRole('button', { name: 'Place the hold' }).click();
  await expect(hold.getByText('Say why the hold is placed (a subpoena, a lawsuit, an audit).')).toBeVisible();
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  await note.fill('Subpoena 2026-CV-0142 from the county court');
  await hold.getByRole('button', { name: 'Place the hold' }).click();
  await expect(hold.getByRole('status')).toHaveText('The legal hold is placed. Nothing is shredded until it is lifted.');
  const banner = page.getByRole('main').locator('.hold-banner');
  await expect(banner).toHaveText(/^A legal hold stands since \d{1,2} \S+ \d{4}: Subpoena 2026-CV-0142 from the county court\. Nothing is shredded while it stands\.$/);
  await expect(banner).toHaveRole('status');

  // Under the hold, nothing offers to shred: the plan says why.
  await expect(plan.getByText('A legal hold stands, so no run shreds anything', { exact: false })).toBeVisible();
  await expect(plan.getByRole('button', { name: 'Shred now' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'retention, under a hold');
  await shootAtEachSize(page, 'retention-hold');

  // The banner stands above every section, with the way back to Retention.
  await openSection(page, 'Ledger');
  await expect(banner).toContainText('A legal hold stands since');
  await expectNoAxeViolations(page, 'ledger, under a hold');
  await shootAtEachSize(page, 'ledger-hold-banner');
  await openSection(page, 'Vault');
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Open Retention' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retention', exact: true })).toBeFocused();
  await expect(hold.getByText('Subpoena 2026-CV-0142 from the county court').first()).toBeVisible();

  // Lifting asks for the passphrase; a wrong one is refused like a wrong unlock.
  await hold.getByRole('button', { name: 'Lift the hold' }).click();
  await expect(hold.getByText('Lift the legal hold?', { exact: false })).toBeFocused();
  const confirm = hold.getByLabel('Your passphrase, to confirm');
  await hold.getByRole('button', { name: 'Lift the hold' }).click();
  await expect(hold.getByText('Type your passphrase (or the recovery code) to lift the hold.')).toBeVisible();
  await confirm.fill('not the passphrase');
  await confirm.press('Enter');
  await expect(hold.getByText('That passphrase is not right. Nothing was changed.')).toBeVisible({ timeout: 30_000 });
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'retention, lifting the hold');
  await shootAtEachSize(page, 'retention-lift');
  // A wrong confirmation counts like a wrong unlock: the next try waits out its one-second backoff.
  await page.waitForTimeout(1_100);
  await confirm.fill(treasurerPassphrase);
  await confirm.press('Enter');
  await expect(hold.getByRole('status')).toHaveText('The legal hold is lifted. The schedule shreds again from the next run.', { timeout: 30_000 });
  await expect(banner).toHaveCount(0);
  await expect(plan.getByRole('button', { name: 'Shred now' })).toBeVisible();
  const history = hold.getByRole('table', { name: 'Holds so far' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('Subpoena 2026-CV-0142');

  // The same screen in Spanish, chosen as the treasurer would have it remembered, and read afresh.
  const chosen = await callCore(app, 'settings.chooseLanguage', { language: 'es' });
  if (!chosen.ok) throw new Error(JSON.stringify(chosen.error));
  await page.reload();
  const spanish = translatorFor('es');
  await expect(page.getByRole('heading', { level: 1, name: spanish.words('dashboardScreen.title') })).toBeVisible();
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Conservación', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conservación', exact: true })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Ejecuciones anteriores' }).getByRole('listitem')).toHaveText(countsInWords(due, 'es'));
  await page.getByRole('region', { name: 'La próxima ejecución' }).getByRole('button', { name: 'Destruir ahora' }).click();
  await expect(page.getByText('¿Destruir esto ahora? No se puede deshacer:')).toBeFocused();
  await expectNoAxeViolations(page, 'es, retention, confirm shredding');
  await shootAtEachSize(page, 'es-retention-confirm');
  await page.getByRole('button', { name: 'Guardarlos por ahora' }).click();
  await page.getByRole('region', { name: 'Retención legal' }).getByRole('button', { name: 'Poner la retención legal' }).click();
  await page.getByLabel('Por qué se pone la retención legal').fill('Auditoría anual de la federación');
  await page.getByRole('button', { name: 'Poner la retención legal' }).click();
  await expect(page.getByRole('main').locator('.hold-banner')).toHaveText(
    /^Hay una retención legal desde el \d{1,2} \S+ \d{4}: Auditoría anual de la federación\. Mientras siga, no se destruye nada\.$/,
  );
  await expectNoAxeViolations(page, 'es, retention, under a hold');
  await shootAtEachSize(page, 'es-retention-hold');

  // Text at twice its size in a laptop's window (WCAG 1.4.4): every table fits or scrolls in its own
  // frame, the page never sideways. The screenshot is of the window only: a full-page one resets the text size.
  await page.setViewportSize({ width: 1280, height: 800 });
  await largerText(page);
  await page.getByText('Notas, mes por mes').click();
  await expectNoAxeViolations(page, 'es, retention, text at 200%');
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  await page.getByRole('region', { name: 'Retención legal' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/es-retention-hold-text-200.png' });
  expect(app.internalErrors).toEqual([]);
});
