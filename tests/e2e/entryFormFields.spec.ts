// The entry form shows, for each kind, exactly the fields the contract gives that kind
// (recordFieldsByKind), and sends only those: a field typed for one kind and left behind when the
// kind changes is neither shown nor sent. Synthetic data only.
import { entryKinds, recordFieldsByKind, type EntryKind, type RecordField } from '../../shared/contract/index.ts';
import { expect, test } from './support/appFixture.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { completeSetup, openSection } from './support/setupFlow.ts';

/** The label each field has in the form, in English; a transfer's first account and fund are where the money comes from. */
function labelOf(field: RecordField, kind: EntryKind): string {
  const twoSided = recordFieldsByKind[kind].takes.includes('toAccountId');
  const labels: Record<RecordField, string> = {
    date: 'Date',
    amount: 'Amount (USD)',
    accountId: twoSided ? 'From account' : 'Account',
    toAccountId: 'To account',
    fundId: twoSided ? 'From fund' : 'Fund',
    toFundId: 'To fund',
    direction: 'Which way',
    category: 'Category',
    recipientCode: 'Recipient code (optional)',
    memo: 'Memo (optional)',
    receipt: 'Receipt (optional)',
  };
  return labels[field];
}

test('the entry form shows exactly the fields of each kind, and sends only those', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await addCreditUnion(app);
  const venmo = await callCore(app, 'accounts.add', {
    name: 'Venmo',
    kind: 'venmo',
    currency: 'USD',
    holder: 'organisation',
    security: { mfa: true, personalPhone: false, personalName: false, personalCard: false },
  });
  expect(venmo.ok).toBe(true);

  await openSection(page, 'Ledger');
  await page.keyboard.press('n');
  const form = page.getByRole('region', { name: 'New entry' });
  const kindField = form.getByLabel('Kind', { exact: true });
  await expect(kindField).toBeFocused();

  // Every field the form shows: each select and input by its label, the way-choice by its legend.
  const shownFields = async (): Promise<string[]> => {
    const labels: string[] = [];
    for (const control of await form.locator('select, input:not([type="radio"])').all()) {
      const id = await control.getAttribute('id');
      labels.push(id === null ? '(no id)' : await form.locator(`label[for="${id}"]`).innerText());
    }
    return [...labels, ...(await form.locator('fieldset > legend').allInnerTexts())];
  };
  for (const kind of entryKinds) {
    await kindField.selectOption(kind);
    const expected = ['Kind', ...recordFieldsByKind[kind].takes.map((field) => labelOf(field, kind))];
    await expect.poll(async () => (await shownFields()).sort(), { message: kind }).toEqual(expected.sort());
  }

  // A recipient code typed for a contribution does not follow the entry when it becomes a fee (a fee
  // has none, and the contract would refuse it).
  await kindField.selectOption('contribution');
  await form.getByLabel('Recipient code (optional)', { exact: true }).fill('D-0001');
  await kindField.selectOption('fee');
  await form.getByLabel('Amount (USD)', { exact: true }).fill('2.50');
  await form.getByLabel('Amount (USD)', { exact: true }).press('Enter');
  await expect(form.getByText(/^Saved entry #1: fee of \$2\.50, Credit union\./)).toBeVisible();

  // A transfer sends its second account, and no category; an adjustment its direction.
  await kindField.selectOption('transfer');
  await form.getByLabel('To account', { exact: true }).selectOption({ label: 'Venmo (USD)' });
  await form.getByLabel('Amount (USD)', { exact: true }).fill('10');
  await form.getByLabel('Amount (USD)', { exact: true }).press('Enter');
  await expect(form.getByText(/^Saved entry #2: transfer of \$10\.00, Credit union\./)).toBeVisible();
  await kindField.selectOption('adjustment');
  await form.getByLabel('Amount (USD)', { exact: true }).fill('1');
  await form.getByLabel('Amount (USD)', { exact: true }).press('Enter');
  await expect(form.getByRole('group', { name: 'Which way' }).getByRole('alert')).toHaveText('Say whether the adjustment adds money to the account or takes it out.');
  await form.getByLabel('Takes money out', { exact: true }).check();
  await form.getByLabel('Amount (USD)', { exact: true }).press('Enter');
  await expect(form.getByText(/^Saved entry #3: adjustment of \$1\.00, Credit union\./)).toBeVisible();

  const listed = await callCore(app, 'ledger.list', {});
  expect(listed.ok && (listed.value as { entries: unknown[] }).entries).toEqual([
    expect.objectContaining({ seq: 3, kind: 'adjustment', direction: 'out', toAccountId: null, category: null, recipientCode: null }),
    expect.objectContaining({ seq: 2, kind: 'transfer', toAccountName: 'Venmo', category: null, recipientCode: null }),
    expect.objectContaining({ seq: 1, kind: 'fee', toAccountId: null, category: null, recipientCode: null }),
  ]);
  expect(app.internalErrors).toEqual([]);
});
