import type { Entry, Input, MethodName, Output } from '../../shared/contract/index.ts';
import { money, say } from '../../shared/messages/message.ts';

// One call of every method of the contract, as a front door sends it and as the core answers: the
// richest input the method takes and an answer of the shape it gives. The type below makes a new
// method come with its example, and TypeScript checks each against the contract's types;
// contract.test.ts checks each against the schemas themselves. All data is made up.

export type ContractExamples = { [M in MethodName]: { input: Input<M>; output: Output<M> } };

const hash = (digit: string): string => digit.repeat(64);
const at = '2026-11-20T14:05:00.000Z';
const argon2 = { memoryKiB: 262_144, iterations: 3, parallelism: 1 };

const details: Output<'vault.details'> = {
  vaultDir: '/home/treasurer/mutual-ledger',
  createdAt: '2026-01-05T09:00:00.000Z',
  formatVersion: 5,
  keySlots: [
    { kind: 'treasurer', updatedAt: at, argon2 },
    { kind: 'co-treasurer', updatedAt: at, argon2 },
    { kind: 'recovery', updatedAt: '2026-01-05T09:00:00.000Z', argon2 },
  ],
  groupKeyFingerprint: 'SHA256:3q2+7w',
  autoLockSeconds: 300,
  totp: { enrolled: true, backupCodesLeft: 9 },
  unlockedWith: 'co-treasurer',
};

const status: Output<'vault.status'> = { state: 'locked', vaultDir: '/home/treasurer/mutual-ledger', retryAfterSeconds: 4, lastLock: { reason: 'idle', at } };

const keyChange: Output<'vault.rekey'> = { details, rekeyed: true, newRecoveryCode: 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ' };

const transfer: Entry = {
  seq: 42,
  kind: 'transfer',
  date: '2026-11-20',
  amount: 12_500,
  direction: 'in',
  currency: 'USD',
  accountId: 1,
  accountName: 'Credit union',
  toAccountId: 2,
  toAccountName: 'Cash box',
  fundId: 1,
  fundName: 'General',
  toFundId: 3,
  toFundName: 'Bail fund',
  category: null,
  recipientCode: null,
  memo: 'Cash for Saturday’s pantry ‹U+202E›',
  hasReceipt: true,
  shredded: [],
  reversesSeq: null,
  reversedBySeq: 43,
  accountEffect: -12_500,
  recordedAt: at,
  contentHash: hash('a'),
  chainHash: hash('b'),
};

const reversal: Entry = { ...transfer, seq: 43, reversesSeq: 42, reversedBySeq: null, accountEffect: 12_500, hasReceipt: false, memo: null, chainHash: hash('c') };
const recordedReversal: Output<'ledger.reverse'> = {
  ...reversal,
  notices: [say('accounts.movedIntoStuck', { account: 'Payment app', status: say('accounts.status.frozen'), amount: money(12_500, 'USD') })],
};

const frozen: Output<'accounts.add'> = {
  id: 2,
  name: 'Payment app',
  kind: 'venmo',
  currency: 'USD',
  handle: '4821',
  holder: 'member',
  security: { mfa: true, personalPhone: true, personalName: false, personalCard: false },
  tiedToMember: true,
  status: 'frozen',
  statusSince: '2026-11-02',
  statusReason: 'Platform review',
  balance: 310_000,
  daysFrozen: 18,
  heldAtFreeze: 300_000,
  lastReconciled: { date: '2026-10-31', difference: -500 },
  archived: false,
  formerNames: [{ name: 'Venmo', until: '2026-10-01' }],
};

const overview: Output<'accounts.list'> = {
  accounts: [frozen],
  onHand: [{ currency: 'USD', amount: 310_000, inFrozen: 310_000 }],
  stuckInFrozen: [{ currency: 'USD', amount: 310_000 }],
  concentration: [{ accountId: 2, currency: 'USD', sharePercent: 71.5 }],
  concentrationThresholdPercent: 60,
  warnings: [say('accounts.concentrated', { share: 0.715, currency: 'USD', account: 'Payment app', threshold: 0.5 })],
};

const reconciliation: Output<'accounts.reconcile'> = {
  accountId: 1,
  date: '2026-11-30',
  statementBalance: 98_000,
  ledgerBalance: 98_500,
  previousDate: '2026-10-31',
  previousBalance: 90_000,
  uncleared: [
    { seq: 40, date: '2026-11-02', kind: 'contribution', memo: 'Monthly donors', effect: 10_000 },
    { seq: 41, date: '2026-11-20', kind: 'fee', memo: null, effect: -500 },
    { seq: 42, date: '2026-11-29', kind: 'disbursement', memo: null, effect: -1_000 },
  ],
  cleared: [40, 41],
  clearedBalance: 99_500,
  difference: -1_500,
  differenceEntry: null,
};

const anchor = { entriesSeq: 43, factsSeq: 17, hash: hash('d') };
const head: Output<'ledger.head'> = { entries: 43, anchor, head: { seq: 43, chainHash: hash('c') }, factsHead: { seq: 17, chainHash: hash('e') } };

const classicRecipient = 'age16mtmph0zraytdkja4nud5tm7zwduugwqt22jmtrjdj73mn2ze30sfn77fp';
const recipientFacts: Output<'handover.describeRecipient'> = { recipient: classicRecipient, kind: 'classic', fingerprint: 'AD9P-QQ72-MNT5-E6PZ' };
const receivingIdentity: Output<'handover.identity'> = { ...recipientFacts, path: '/home/treasurer/receiving.txt', createdAt: '2026-11-30T10:00:00.000Z' };
const groupKeyFingerprint = Array.from({ length: 16 }, () => '9f1f').join(' ');

const bailFund: Output<'funds.add'> = {
  id: 3,
  name: 'Bail fund',
  restricted: true,
  purpose: 'Bail and bond fees only',
  balances: [{ currency: 'USD', amount: 12_500 }],
  archived: false,
  formerNames: [],
};

const confirmWith = { passphrase: 'correct horse battery staple, made up' };

const ages = { memos: '90d', receipts: '12m', recipientCodes: '12m', entries: '24m', shredLog: '24m' };
const shredRun = { ranAt: '2026-11-30T09:00:00.000Z', startedBy: 'unlock' as const, counts: { memos: 12, receipts: 3, recipientCodes: 9, entries: 240, shredLog: 0 } };
const hold = { note: 'Subpoena received, case 0000-synthetic', placedAt: '2026-11-29T15:00:00.000Z' };
const retentionOverview: Output<'retention.show'> = {
  ages,
  chosen: true,
  recommended: ages,
  changes: [{ ages, recordedAt: '2026-01-05T10:00:00.000Z' }],
  runs: [shredRun],
  hold,
  holds: [{ ...hold, liftedAt: null }],
  sealedBefore: '2024-12',
};

const statementText = ',ID,Datetime,Type,Status,Note,From,To,Amount (total)\n';
const importPreview: Output<'import.preview'> = {
  format: 'venmo',
  accountId: 2,
  linkedAccountId: null,
  currency: 'USD',
  rows: [
    {
      line: 5,
      transactionId: '9000000000000000001',
      date: '2026-11-02',
      amount: 2_500,
      fee: 0,
      outcome: 'book',
      reason: null,
      matchesSeq: null,
      afterFreeze: false,
      ruleApplied: true,
      entries: [{ kind: 'contribution', amount: 2_500, direction: 'in', accountId: 2, toAccountId: null, category: 'rent', recipientCode: 'R-7K2M9Q4X', memo: 'Dues for November' }],
    },
    {
      line: 9,
      transactionId: '9000000000000000005',
      date: '2026-11-09',
      amount: -30_000,
      fee: 0,
      outcome: 'notBooked',
      reason: { key: 'import.pending', params: {} },
      matchesSeq: null,
      afterFreeze: false,
      ruleApplied: false,
      entries: [],
    },
  ],
  counts: { book: 1, duplicate: 0, possibleDuplicate: 0, matchedTransfer: 0, possibleTransfer: 0, notBooked: 1, problem: 0 },
  booking: { entries: 1, moneyIn: 2_500, moneyOut: 0 },
  balances: { opening: 10_000, closing: 12_500, agree: true },
  dropped: { counterparties: 1, notesCleaned: 0, descriptions: 2 },
  needsLinkedAccount: false,
  planDigest: hash('f'),
};
const bankMapping = {
  name: 'Synthetic Credit Union',
  dateColumn: 'Posted',
  dateFormat: 'DD/MM/YYYY' as const,
  decimalSeparator: ',' as const,
  inColumn: 'In',
  outColumn: 'Out',
  descriptionColumn: 'Details',
};
const rentRule = { id: 1, position: 1, contains: 'rent', direction: 'out' as const, category: 'rent' };
const importSummary: Output<'import.apply'>['preview'] = (({ rows: _rows, ...summary }) => summary)(importPreview);

const shownFigure = { count: 14, amount: 182_500 };
const hiddenFigure = { hidden: true as const };
const auditSummary: Output<'audit.verify'>['summary'] = {
  format: 'mutual-ledger-summary',
  version: 1,
  period: { from: '2026-09', to: '2026-10' },
  madeIn: '2026-11',
  smallestCell: 11,
  accounts: [{ accountId: 1, name: 'Credit union', kind: 'credit-union', heldBy: 'organisation', currency: 'USD', opening: 100_000, closing: 250_000, statusAtClose: 'active' }],
  funds: [{ fundId: 1, name: 'General', restricted: false, purpose: null, balances: [{ currency: 'USD', opening: 100_000, closing: 250_000 }] }],
  months: [
    {
      month: '2026-09',
      currency: 'USD',
      total: { moneyIn: shownFigure, moneyOut: hiddenFigure, adjusted: hiddenFigure },
      outflow: { aid: hiddenFigure, fees: hiddenFigure },
      categories: [{ category: 'food', moneyIn: shownFigure, moneyOut: hiddenFigure }],
      funds: [{ fundId: 1, moneyIn: shownFigure, moneyOut: hiddenFigure, adjusted: hiddenFigure, transfers: { count: 0, amount: 0 } }],
      accounts: [{ accountId: 1, moneyIn: shownFigure, moneyOut: hiddenFigure, adjusted: hiddenFigure, transfers: { count: 0, amount: 0 } }],
      restricted: [],
    },
  ],
  frozenAtClose: [],
  reconciliations: 1,
  retention: { runs: 0, entriesShredded: 0, holdStood: false },
  ledger: { entries: 120, anchor },
  previous: null,
};
const groupFingerprint = '8bf3 e509 9394 b92b bbf0 ce7a c980 8c11 0a4e 5d2c 7b19 e3f0 44a1 9c2d 1e07 6b55';

export const contractExamples: ContractExamples = {
  'settings.language': { input: {}, output: { language: 'es' } },
  'settings.chooseLanguage': { input: { language: 'es' }, output: { language: 'es' } },
  'vault.status': { input: {}, output: status },
  'vault.select': { input: { vaultDir: '/home/treasurer/mutual-ledger' }, output: { ...status, state: 'no-vault', retryAfterSeconds: 0, lastLock: null } },
  'vault.assessPassphrase': {
    input: { passphrase: 'summer2026' },
    output: {
      score: 1,
      acceptable: false,
      warning: say('vault.warning.similarToCommon'),
      suggestions: [say('vault.suggestion.anotherWord')],
      crackTime: say('vault.crackTime', { unit: 'hour', count: 3 }),
    },
  },
  'vault.create': {
    input: { vaultDir: '/home/treasurer/mutual-ledger', passphrase: confirmWith.passphrase },
    output: { recoveryCode: 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ', groupKeyFingerprint: 'SHA256:3q2+7w' },
  },
  'vault.unlock': { input: { recoveryCode: 'abcd-efgh-jklm-npqr-stuv-wxyz' }, output: { state: 'awaiting-totp' } },
  'vault.confirmTotp': { input: { code: '492039' }, output: { usedBackupCode: false, backupCodesLeft: 10 } },
  'vault.lock': { input: { reason: 'screen-lock' }, output: {} },
  'vault.reportActivity': { input: {}, output: {} },
  'vault.details': { input: {}, output: details },
  'vault.setAutoLock': { input: { seconds: 3_600, confirmWith }, output: { ...details, autoLockSeconds: 3_600 } },
  'vault.changePassphrase': { input: { currentPassphrase: confirmWith.passphrase, newPassphrase: 'a new passphrase nobody guesses' }, output: { slot: 'treasurer', oldCopiesStillOpen: true } },
  'vault.setCoTreasurerPassphrase': { input: { passphrase: 'the co-treasurer’s own passphrase', confirmWith }, output: keyChange },
  'vault.removeCoTreasurer': { input: { confirmWith: { recoveryCode: 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ' } }, output: { ...keyChange, newRecoveryCode: null } },
  'vault.rekey': { input: { confirmWith }, output: keyChange },
  'vault.backupKeySlots': { input: { path: '/media/usb/key-slots-2026-11-30.json' }, output: { path: '/media/usb/key-slots-2026-11-30.json' } },
  'totp.beginEnrolment': { input: {}, output: { secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/Mutual%20Ledger?secret=JBSWY3DPEHPK3PXP' } },
  'totp.confirmEnrolment': { input: { code: '492039' }, output: { backupCodes: ['7K2Q-M9XD', 'P4TR-8WZC'] } },
  'totp.disable': { input: confirmWith, output: {} },
  'accounts.add': {
    input: { name: 'Payment app', kind: 'venmo', currency: 'USD', handle: '4821', holder: 'member', security: { mfa: true, personalPhone: true, personalName: false, personalCard: false } },
    output: frozen,
  },
  'accounts.list': { input: {}, output: overview },
  'accounts.setStatus': { input: { accountId: 2, status: 'frozen', date: '2026-11-02', reason: 'Platform review' }, output: frozen },
  'accounts.history': { input: { accountId: 2 }, output: [{ status: 'frozen', date: '2026-11-02', reason: 'Platform review', balanceHeld: 300_000, recordedAt: at }] },
  'accounts.previewReconciliation': { input: { accountId: 1, date: '2026-11-30', statementBalance: 98_000 }, output: reconciliation },
  'accounts.reconcile': {
    input: { accountId: 1, date: '2026-11-30', statementBalance: 98_000, cleared: [40, 41], recordDifference: { kind: 'fee', memo: 'Reconciles the statement of 30 Nov 2026' } },
    output: { ...reconciliation, cleared: [40, 41, 43], clearedBalance: 98_000, difference: 0, differenceEntry: 43 },
  },
  'accounts.rename': { input: { accountId: 2, name: 'Payment app' }, output: frozen },
  'accounts.archive': { input: { accountId: 2, archived: false }, output: frozen },
  'accounts.setConcentrationThreshold': { input: { percent: 60 }, output: overview },
  'funds.add': { input: { name: 'Bail fund', restricted: true, purpose: 'Bail and bond fees only' }, output: bailFund },
  'funds.list': { input: {}, output: [bailFund, { id: 1, name: 'General', restricted: false, purpose: null, balances: [], archived: false, formerNames: [] }] },
  'funds.rename': { input: { fundId: 3, name: 'Bail fund' }, output: { ...bailFund, formerNames: [{ name: 'Bail fnd', until: '2026-11-30' }] } },
  'funds.archive': { input: { fundId: 4, archived: true }, output: { id: 4, name: 'Bial', restricted: false, purpose: null, balances: [], archived: true, formerNames: [] } },
  'categories.list': {
    input: {},
    output: [
      { name: 'bail', builtIn: true, formerNames: [] },
      { name: 'diapers', builtIn: false, formerNames: [] },
      { name: 'groceries', builtIn: false, formerNames: ['groceris'] },
    ],
  },
  'categories.add': { input: { name: 'Diapers' }, output: { name: 'diapers', builtIn: false, formerNames: [] } },
  'categories.rename': { input: { name: 'Groceris', to: 'Groceries' }, output: { name: 'groceries', builtIn: false, formerNames: ['groceris'] } },
  'ledger.record': {
    input: {
      kind: 'transfer',
      date: '2026-11-20',
      amount: 12_500,
      accountId: 1,
      toAccountId: 2,
      fundId: 1,
      toFundId: 3,
      memo: 'Cash for Saturday’s pantry',
      receipt: { mediaType: 'application/pdf', dataBase64: 'JVBERi0xLjQK' },
    },
    output: { ...transfer, notices: [] },
  },
  'ledger.reverse': { input: { seq: 42, memo: 'Recorded twice', date: '2026-11-02' }, output: recordedReversal },
  'ledger.list': {
    input: { from: '2026-11-01', to: '2026-11-30', accountId: 1, category: 'food', kind: 'disbursement', recipientCode: 'r-7kq2mx', memoContains: 'pantry', offset: 100, limit: 1_000 },
    output: {
      entries: [
        { ...reversal, balanceAfter: null, cleared: false },
        { ...transfer, balanceAfter: null, cleared: true },
      ],
    },
  },
  'ledger.count': { input: { memoContains: 'rent' }, output: { total: 2 } },
  'ledger.summarise': {
    input: { from: '2026-11-01', to: '2026-11-30', fundId: 2 },
    output: { total: 2, includesShredded: false, totals: [{ currency: 'USD', moneyIn: 12_500, moneyOut: 12_500, adjusted: 0 }] },
  },
  'ledger.monthReport': {
    input: { month: '2026-10' },
    output: {
      month: '2026-10',
      shredded: false,
      currencies: [
        {
          currency: 'USD',
          entries: 3,
          total: { moneyIn: 50_000, moneyOut: 12_500, adjusted: 0 },
          categories: [
            { category: 'donation', entries: 2, moneyIn: 50_000, moneyOut: 0 },
            { category: 'bail', entries: 1, moneyIn: 0, moneyOut: 12_500 },
          ],
          funds: [
            { fundId: 1, name: 'General', restricted: false, opening: 10_000, moneyIn: 30_000, moneyOut: 0, adjusted: 0, transfers: -5_000, closing: 35_000 },
            { fundId: 2, name: 'Bail fund', restricted: true, opening: 0, moneyIn: 20_000, moneyOut: 12_500, adjusted: 0, transfers: 5_000, closing: 12_500 },
          ],
          accounts: [{ accountId: 1, name: 'Cash box', statusAtClose: 'active', opening: 10_000, moneyIn: 50_000, moneyOut: 12_500, adjusted: 0, transfers: 0, closing: 47_500 }],
        },
      ],
    },
  },
  'ledger.exportCsv': {
    input: { fundId: 2, from: '2026-11-01', to: '2026-11-30', path: '/media/usb/bail-fund-november.csv', encrypt: { lock: 'passphrase' }, language: 'es' },
    output: { path: '/media/usb/bail-fund-november.csv', rows: 42, recipient: null, passphrase: 'crane velvet oyster humming sable tundra' },
  },
  'ledger.balances': {
    input: {},
    output: {
      accounts: [{ accountId: 1, name: 'Credit union', currency: 'USD', balance: -2_000 }],
      funds: [
        { fundId: 3, name: 'Bail fund', restricted: true, currency: 'USD', balance: 12_500 },
        { fundId: 4, name: 'Rent relief', restricted: false, currency: null, balance: 0 },
      ],
      currencies: [{ currency: 'USD', amount: 10_500 }],
    },
  },
  'ledger.receipt': { input: { seq: 42 }, output: { mediaType: 'application/pdf', dataBase64: 'JVBERi0xLjQK' } },
  'ledger.head': { input: {}, output: head },
  'ledger.verify': {
    input: { expectHead: { seq: 40, chainHash: hash('f') }, expectFactsHead: { seq: 17, chainHash: hash('e') }, expectAnchor: { ...anchor, entriesSeq: 0 } },
    output: {
      ...head,
      ok: false,
      integrityCheck: say('ledger.check.ok'),
      entriesChecked: 43,
      firstBrokenLink: { seq: 41, problem: say('ledger.check.entryLinkBroken') },
      monthlyTotalsCheck: say('ledger.check.monthlyTotalsNotChecked'),
      factsChecked: 17,
      factsCheck: say('ledger.check.ok'),
      headCheck: say('ledger.check.chainRewritten', { chain: 'entries', seq: 40 }),
    },
  },
  'ledger.quickCheck': {
    input: {},
    output: {
      ok: false,
      entriesChecked: 998,
      firstBrokenLink: { seq: 43_001, problem: say('ledger.check.entryLinkBroken') },
      factsChecked: 17,
      factsCheck: say('ledger.check.ok'),
    },
  },
  'ledger.earliestDate': { input: {}, output: { earliestDate: '2000-01-01' } },
  'ledger.setEarliestDate': { input: { earliestDate: '2020-01-01' }, output: { earliestDate: '2020-01-01' } },
  'dashboard.summary': {
    input: { today: '2026-11-30' },
    output: {
      month: '2026-11',
      thisMonth: [{ currency: 'USD', moneyIn: 12_500, moneyOut: 4_000, adjusted: 0 }],
      accounts: [{ accountId: 2, name: 'Payment app', currency: 'USD', balance: 310_000, status: 'frozen' }],
      funds: [{ fundId: 1, name: 'General', restricted: false, currency: 'USD', balance: 297_500 }],
      onHand: [{ currency: 'USD', amount: 310_000, inFrozen: 310_000 }],
      stuckInFrozen: [{ currency: 'USD', amount: 310_000 }],
      monthly: [{ month: '2026-11', flows: [{ currency: 'USD', moneyIn: 12_500, moneyOut: 4_000, adjusted: 0 }] }],
    },
  },
  'work.cancel': { input: {}, output: { cancelled: true } },
  'backup.make': {
    input: { to: '/media/usb' },
    output: { folder: '/media/usb/mutual-ledger-backup-2026-12-02T01-30-05Z', madeAt: '2026-12-02T01:30:05.000Z', entries: 43, anchor, sweptUnfinished: [] },
  },
  'backup.status': {
    input: {},
    output: { reminderDays: 7, last: { folder: '/media/usb/mutual-ledger-backup-2026-12-02T01-30-05Z', madeAt: '2026-12-02T01:30:05.000Z', entries: 43, anchor }, due: false },
  },
  'backup.setReminder': { input: { days: null }, output: { reminderDays: null, last: null, due: false } },
  'backup.restore': {
    input: { backup: '/media/usb/mutual-ledger-backup-2026-12-02T01-30-05Z', vaultDir: '/home/treasurer/restored-vault', secret: confirmWith },
    output: { vaultDir: '/home/treasurer/restored-vault', entries: 43, anchor },
  },
  'handover.identity': { input: { kind: 'classic', path: '/home/treasurer/receiving.txt' }, output: receivingIdentity },
  'handover.keptIdentity': { input: {}, output: receivingIdentity },
  'handover.describeRecipient': { input: { recipient: classicRecipient }, output: recipientFacts },
  'handover.export': {
    input: { path: '/media/usb/handover.age', to: { lock: 'recipient', recipient: classicRecipient } },
    output: { path: '/media/usb/handover.age', bytes: 48_213, entries: 43, anchor, groupKeyFingerprint, recipient: recipientFacts, passphrase: null },
  },
  'handover.receive': {
    input: {
      path: '/media/usb/handover.age',
      vaultDir: '/home/treasurer/vault',
      newPassphrase: 'copper meadow whistle harbour',
      with: { key: 'passphrase', passphrase: 'abacus ablaze abide abroad absence acorn' },
    },
    output: { vaultDir: '/home/treasurer/vault', recoveryCode: 'K7M2Q-P4TR8-WZC3N-5V6XD-M9QAB-HJ2KE', entries: 43, anchor, groupKeyFingerprint, identityDestroyed: null },
  },
  'handover.retire': { input: { confirmedAnchor: anchor, confirmWith }, output: { retiredDir: '/home/treasurer/vault', removedFiles: 4 } },
  'audit.summary': {
    input: { from: '2026-09', to: '2026-10', path: '/home/treasurer/summary-2026-09.json', journalPath: '/home/treasurer/summary-2026-09.journal' },
    output: {
      summary: auditSummary,
      fingerprint: groupFingerprint,
      fileSha256: hash('c'),
      path: '/home/treasurer/summary-2026-09.json',
      journalPath: '/home/treasurer/summary-2026-09.journal',
      pdfPath: null,
    },
  },
  'audit.pdf': {
    input: { path: '/home/auditor/summary-2026-09.json', pdfPath: '/home/auditor/summary-2026-09.pdf', language: 'es' },
    output: { summary: auditSummary, fingerprint: groupFingerprint, fileSha256: hash('c'), pdfPath: '/home/auditor/summary-2026-09.pdf' },
  },
  'audit.verify': { input: { path: '/home/auditor/summary-2026-09.json' }, output: { summary: auditSummary, fingerprint: groupFingerprint, fileSha256: hash('c') } },
  'retention.show': { input: {}, output: retentionOverview },
  'retention.set': { input: { memos: '30d', entries: 'never' }, output: { ...retentionOverview, ages: { ...ages, memos: '30d', entries: 'never' } } },
  'retention.plan': {
    input: {},
    output: {
      today: '2026-11-30',
      hold: null,
      policies: [
        { policy: 'memos', age: '90d', before: '2026-09-01', months: [{ month: '2026-08', count: 12 }], total: 12, keptUntilTheirMonthGoes: 4 },
        { policy: 'entries', age: '24m', before: '2024-11-01', months: [{ month: '2024-10', count: 240 }], total: 240, keptUntilTheirMonthGoes: 0 },
      ],
      shredsAnything: true,
    },
  },
  'retention.apply': { input: { startedBy: 'treasurer' }, output: { run: { ...shredRun, startedBy: 'treasurer' }, compacted: true } },
  'hold.status': { input: {}, output: { hold } },
  'import.peek': {
    input: { text: 'Posted,Details,In,Out\n02/11/2026,Synthetic Credit Union fee,,"2,50"\n' },
    output: {
      rows: [
        { line: 1, cells: ['Posted', 'Details', 'In', 'Out'] },
        { line: 2, cells: ['02/11/2026', 'Synthetic Credit Union fee', '', '2,50'] },
      ],
    },
  },
  'import.preview': { input: { text: statementText, accountId: 2 }, output: importPreview },
  'import.apply': { input: { text: statementText, accountId: 2, planDigest: hash('f') }, output: { preview: importSummary, firstSeq: 44, lastSeq: 44 } },
  'rules.list': { input: {}, output: [rentRule] },
  'rules.add': { input: { contains: 'rent', category: 'rent', direction: 'out' }, output: rentRule },
  'rules.remove': { input: { id: 1 }, output: { removed: rentRule } },
  'rules.move': { input: { id: 1, position: 2 }, output: [{ ...rentRule, position: 2 }] },
  'mappings.list': { input: {}, output: [bankMapping] },
  'mappings.add': { input: bankMapping, output: bankMapping },
  'mappings.remove': { input: { name: 'synthetic credit union' }, output: { removed: bankMapping } },
  'hold.place': { input: { note: hold.note }, output: { hold } },
  'hold.lift': { input: { confirmWith }, output: { hold: null, liftedAt: '2026-11-30T12:00:00.000Z' } },
};
