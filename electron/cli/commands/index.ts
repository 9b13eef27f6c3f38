import type { Command } from '../command.ts';
import { accountAdd } from './accountAdd.ts';
import { accountArchive } from './accountArchive.ts';
import { accountList } from './accountList.ts';
import { accountReconcile } from './accountReconcile.ts';
import { accountRename } from './accountRename.ts';
import { accountStatus } from './accountStatus.ts';
import { auditSummary } from './auditSummary.ts';
import { auditVerify } from './auditVerify.ts';
import { autoLock } from './autoLock.ts';
import { backup } from './backup.ts';
import { balance } from './balance.ts';
import { categoryAdd } from './categoryAdd.ts';
import { categoryList } from './categoryList.ts';
import { categoryRename } from './categoryRename.ts';
import { earliestDate } from './earliestDate.ts';
import { entryList } from './entryList.ts';
import { fundAdd } from './fundAdd.ts';
import { fundArchive } from './fundArchive.ts';
import { fundList } from './fundList.ts';
import { fundRename } from './fundRename.ts';
import { handoverExport } from './handoverExport.ts';
import { handoverIdentity } from './handoverIdentity.ts';
import { handoverImport } from './handoverImport.ts';
import { holdLift } from './holdLift.ts';
import { holdPlace } from './holdPlace.ts';
import { holdStatus } from './holdStatus.ts';
import { importStatement } from './importStatement.ts';
import { init } from './init.ts';
import { keySlotsBackup } from './keySlotsBackup.ts';
import { mappingAdd } from './mappingAdd.ts';
import { mappingList } from './mappingList.ts';
import { mappingRemove } from './mappingRemove.ts';
import { monthReport } from './monthReport.ts';
import { passphraseChange } from './passphraseChange.ts';
import { passphraseRemoveCoTreasurer } from './passphraseRemoveCoTreasurer.ts';
import { passphraseSetCoTreasurer } from './passphraseSetCoTreasurer.ts';
import { record } from './record.ts';
import { rekey } from './rekey.ts';
import { retentionApply } from './retentionApply.ts';
import { retentionPlan } from './retentionPlan.ts';
import { retentionSet } from './retentionSet.ts';
import { retentionShow } from './retentionShow.ts';
import { restore } from './restore.ts';
import { retire } from './retire.ts';
import { reverse } from './reverse.ts';
import { ruleAdd } from './ruleAdd.ts';
import { ruleList } from './ruleList.ts';
import { ruleMove } from './ruleMove.ts';
import { ruleRemove } from './ruleRemove.ts';
import { status } from './status.ts';
import { totpDisable } from './totpDisable.ts';
import { totpEnroll } from './totpEnroll.ts';
import { verify } from './verify.ts';

/** Every command, in the order `--help` lists them. */
export const commands: Command[] = [
  init,
  status,
  passphraseChange,
  passphraseSetCoTreasurer,
  passphraseRemoveCoTreasurer,
  rekey,
  keySlotsBackup,
  backup,
  restore,
  autoLock,
  totpEnroll,
  totpDisable,
  accountAdd,
  accountList,
  accountStatus,
  accountReconcile,
  accountRename,
  accountArchive,
  fundAdd,
  fundList,
  fundRename,
  fundArchive,
  categoryAdd,
  categoryList,
  categoryRename,
  record,
  reverse,
  entryList,
  balance,
  monthReport,
  importStatement,
  mappingAdd,
  mappingList,
  mappingRemove,
  ruleAdd,
  ruleList,
  ruleRemove,
  ruleMove,
  verify,
  earliestDate,
  auditSummary,
  auditVerify,
  retentionShow,
  retentionPlan,
  retentionApply,
  retentionSet,
  holdStatus,
  holdPlace,
  holdLift,
  handoverIdentity,
  handoverExport,
  handoverImport,
  retire,
];
