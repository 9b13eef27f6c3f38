// Every message in both languages. Each namespace is a file per language; the Spanish file must hold
// every English key and no other (Translation), and messageCatalogues.test.ts checks that both use the same arguments.
import { common as englishCommon } from './en/common.ts';
import { amount as englishAmount } from './en/amount.ts';
import { input as englishInput } from './en/input.ts';
import { vault as englishVault } from './en/vault.ts';
import { totp as englishTotp } from './en/totp.ts';
import { ledger as englishLedger } from './en/ledger.ts';
import { accounts as englishAccounts } from './en/accounts.ts';
import { funds as englishFunds } from './en/funds.ts';
import { cli as englishCli } from './en/cli.ts';
import { app as englishApp } from './en/app.ts';
import { setup as englishSetup } from './en/setup.ts';
import { unlock as englishUnlock } from './en/unlock.ts';
import { vaultScreen as englishVaultScreen } from './en/vaultScreen.ts';
import { ledgerScreen as englishLedgerScreen } from './en/ledgerScreen.ts';
import { accountsScreen as englishAccountsScreen } from './en/accountsScreen.ts';
import { fundsScreen as englishFundsScreen } from './en/fundsScreen.ts';
import { dashboardScreen as englishDashboardScreen } from './en/dashboardScreen.ts';
import { components as englishComponents } from './en/components.ts';
import { retention as englishRetention } from './en/retention.ts';
import { handover as englishHandover } from './en/handover.ts';
import { handoverCli as englishHandoverCli } from './en/handoverCli.ts';
import { audit as englishAudit } from './en/audit.ts';
import { backup as englishBackup } from './en/backup.ts';
import { backupCli as englishBackupCli } from './en/backupCli.ts';
import { backupScreen as englishBackupScreen } from './en/backupScreen.ts';
import { auditCli as englishAuditCli } from './en/auditCli.ts';
import { auditScreen as englishAuditScreen } from './en/auditScreen.ts';
import { handoverScreen as englishHandoverScreen } from './en/handoverScreen.ts';
import { retentionScreen as englishRetentionScreen } from './en/retentionScreen.ts';
import { retentionCli as englishRetentionCli } from './en/retentionCli.ts';
import { importing as englishImporting } from './en/import.ts';
import { importScreen as englishImportScreen } from './en/importScreen.ts';
import { importCli as englishImportCli } from './en/importCli.ts';
import { bankStatements as englishBankStatements } from './en/bankStatements.ts';
import { paymentStatements as englishPaymentStatements } from './en/paymentStatements.ts';
import { ledgerExport as englishLedgerExport } from './en/ledgerExport.ts';
import { ledgerPrint as englishLedgerPrint } from './en/ledgerPrint.ts';
import { monthReport as englishMonthReport } from './en/monthReport.ts';
import { common as spanishCommon } from './es/common.ts';
import { amount as spanishAmount } from './es/amount.ts';
import { input as spanishInput } from './es/input.ts';
import { vault as spanishVault } from './es/vault.ts';
import { totp as spanishTotp } from './es/totp.ts';
import { ledger as spanishLedger } from './es/ledger.ts';
import { accounts as spanishAccounts } from './es/accounts.ts';
import { funds as spanishFunds } from './es/funds.ts';
import { cli as spanishCli } from './es/cli.ts';
import { app as spanishApp } from './es/app.ts';
import { setup as spanishSetup } from './es/setup.ts';
import { unlock as spanishUnlock } from './es/unlock.ts';
import { vaultScreen as spanishVaultScreen } from './es/vaultScreen.ts';
import { ledgerScreen as spanishLedgerScreen } from './es/ledgerScreen.ts';
import { accountsScreen as spanishAccountsScreen } from './es/accountsScreen.ts';
import { fundsScreen as spanishFundsScreen } from './es/fundsScreen.ts';
import { dashboardScreen as spanishDashboardScreen } from './es/dashboardScreen.ts';
import { components as spanishComponents } from './es/components.ts';
import { retention as spanishRetention } from './es/retention.ts';
import { handover as spanishHandover } from './es/handover.ts';
import { handoverCli as spanishHandoverCli } from './es/handoverCli.ts';
import { audit as spanishAudit } from './es/audit.ts';
import { backup as spanishBackup } from './es/backup.ts';
import { backupCli as spanishBackupCli } from './es/backupCli.ts';
import { backupScreen as spanishBackupScreen } from './es/backupScreen.ts';
import { auditCli as spanishAuditCli } from './es/auditCli.ts';
import { auditScreen as spanishAuditScreen } from './es/auditScreen.ts';
import { handoverScreen as spanishHandoverScreen } from './es/handoverScreen.ts';
import { retentionScreen as spanishRetentionScreen } from './es/retentionScreen.ts';
import { retentionCli as spanishRetentionCli } from './es/retentionCli.ts';
import { importing as spanishImporting } from './es/import.ts';
import { importScreen as spanishImportScreen } from './es/importScreen.ts';
import { importCli as spanishImportCli } from './es/importCli.ts';
import { bankStatements as spanishBankStatements } from './es/bankStatements.ts';
import { paymentStatements as spanishPaymentStatements } from './es/paymentStatements.ts';
import { ledgerExport as spanishLedgerExport } from './es/ledgerExport.ts';
import { ledgerPrint as spanishLedgerPrint } from './es/ledgerPrint.ts';
import { monthReport as spanishMonthReport } from './es/monthReport.ts';

export const english = {
  ...englishCommon,
  ...englishAmount,
  ...englishInput,
  ...englishVault,
  ...englishTotp,
  ...englishLedger,
  ...englishAccounts,
  ...englishFunds,
  ...englishCli,
  ...englishApp,
  ...englishSetup,
  ...englishUnlock,
  ...englishVaultScreen,
  ...englishLedgerScreen,
  ...englishAccountsScreen,
  ...englishFundsScreen,
  ...englishDashboardScreen,
  ...englishComponents,
  ...englishRetention,
  ...englishRetentionScreen,
  ...englishRetentionCli,
  ...englishHandover,
  ...englishHandoverCli,
  ...englishHandoverScreen,
  ...englishAudit,
  ...englishAuditCli,
  ...englishAuditScreen,
  ...englishBackup,
  ...englishBackupCli,
  ...englishBackupScreen,
  ...englishImporting,
  ...englishImportCli,
  ...englishImportScreen,
  ...englishBankStatements,
  ...englishPaymentStatements,
  ...englishLedgerExport,
  ...englishLedgerPrint,
  ...englishMonthReport,
} as const;

export const spanish: Record<keyof typeof english, string> = {
  ...spanishCommon,
  ...spanishAmount,
  ...spanishInput,
  ...spanishVault,
  ...spanishTotp,
  ...spanishLedger,
  ...spanishAccounts,
  ...spanishFunds,
  ...spanishCli,
  ...spanishApp,
  ...spanishSetup,
  ...spanishUnlock,
  ...spanishVaultScreen,
  ...spanishLedgerScreen,
  ...spanishAccountsScreen,
  ...spanishFundsScreen,
  ...spanishDashboardScreen,
  ...spanishComponents,
  ...spanishRetention,
  ...spanishRetentionScreen,
  ...spanishRetentionCli,
  ...spanishHandover,
  ...spanishHandoverCli,
  ...spanishHandoverScreen,
  ...spanishAudit,
  ...spanishAuditCli,
  ...spanishAuditScreen,
  ...spanishBackup,
  ...spanishBackupCli,
  ...spanishBackupScreen,
  ...spanishImporting,
  ...spanishImportCli,
  ...spanishImportScreen,
  ...spanishBankStatements,
  ...spanishPaymentStatements,
  ...spanishLedgerExport,
  ...spanishLedgerPrint,
  ...spanishMonthReport,
};
