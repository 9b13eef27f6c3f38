// Payment accounts and funds are named, renamed and archived the same way; what differs is their
// table, their facts, the entry columns that point at them, and the words that name them.
import { say, type ListParam, type Message } from '../../../shared/messages/message.ts';
import type { SettingFactKind } from './ledgerFacts.ts';

export type Subject = 'account' | 'fund';

interface SubjectRules {
  table: 'payment_accounts' | 'funds';
  /** The fact a rename appends, and the one an archiving or restoring appends. */
  renamed: SettingFactKind;
  archived: SettingFactKind;
  /** The entry columns that point at one. */
  entryColumns: readonly [string, string];
  words: {
    notFound(id: number): Message;
    nameTaken(name: string): Message;
    sameName(name: string): Message;
    alreadyArchived(name: string): Message;
    notArchived(name: string): Message;
    archiveNotEmpty(name: string, balance: ListParam): Message;
    usedWhileArchived(name: string): Message;
  };
}

export const subjects: Record<Subject, SubjectRules> = {
  account: {
    table: 'payment_accounts',
    renamed: 'account-renamed',
    archived: 'account-archived',
    entryColumns: ['account_id', 'to_account_id'],
    words: {
      notFound: (id) => say('accounts.notFound', { id }),
      nameTaken: (name) => say('accounts.nameTaken', { name }),
      sameName: (name) => say('accounts.sameName', { name }),
      alreadyArchived: (account) => say('accounts.alreadyArchived', { account }),
      notArchived: (account) => say('accounts.notArchived', { account }),
      archiveNotEmpty: (account, balance) => say('accounts.archiveNotEmpty', { account, balance }),
      usedWhileArchived: (account) => say('ledger.accountArchived', { account }),
    },
  },
  fund: {
    table: 'funds',
    renamed: 'fund-renamed',
    archived: 'fund-archived',
    entryColumns: ['fund_id', 'to_fund_id'],
    words: {
      notFound: (id) => say('funds.notFound', { id }),
      nameTaken: (name) => say('funds.nameTaken', { name }),
      sameName: (name) => say('funds.sameName', { name }),
      alreadyArchived: (fund) => say('funds.alreadyArchived', { fund }),
      notArchived: (fund) => say('funds.notArchived', { fund }),
      archiveNotEmpty: (fund, balance) => say('funds.archiveNotEmpty', { fund, balance }),
      usedWhileArchived: (fund) => say('ledger.fundArchived', { fund }),
    },
  },
};
