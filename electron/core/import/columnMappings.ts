// The column mappings saved for banks' CSV statements: how each bank's file is read, kept in the
// vault under a name, so the next import (and the next treasurer) reads the same bank the same way.
import { columnMappingSchema, type ColumnMapping } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { nameKey } from '../../../shared/text.ts';
import type { ColumnMappingRow } from '../ledger/schema/rows.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';

/** Every saved mapping, by name. */
export function columnMappings(db: Ledger): ColumnMapping[] {
  return (db.prepare('SELECT * FROM column_mappings ORDER BY name_key').all() as ColumnMappingRow[]).map(readMapping);
}

/** Saves a mapping under its name; a name already taken (as people read names) is refused. */
export function addColumnMapping(db: Ledger, mapping: ColumnMapping): ColumnMapping {
  return writeTransaction(db, () => {
    if (findRow(db, mapping.name) !== undefined) throw new TreasuryError('NAME_TAKEN', say('import.mappingTaken', { name: mapping.name }));
    db.prepare('INSERT INTO column_mappings (name, name_key, mapping) VALUES (?, ?, ?)').run(mapping.name, nameKey(mapping.name), JSON.stringify(mapping));
    return mapping;
  });
}

export function removeColumnMapping(db: Ledger, name: string): ColumnMapping {
  return writeTransaction(db, () => {
    const removed = columnMapping(db, name);
    db.prepare('DELETE FROM column_mappings WHERE name_key = ?').run(nameKey(name));
    return removed;
  });
}

/** The mapping saved under `name` (in any case); refused when there is none. */
export function columnMapping(db: Ledger, name: string): ColumnMapping {
  const row = findRow(db, name);
  if (row === undefined) throw new TreasuryError('NOT_FOUND', say('import.noSuchMapping', { name }));
  return readMapping(row);
}

function findRow(db: Ledger, name: string): ColumnMappingRow | undefined {
  return db.prepare('SELECT * FROM column_mappings WHERE name_key = ?').get(nameKey(name)) as ColumnMappingRow | undefined;
}

/** A stored mapping, checked again as it is read: the vault's rows are data like any other input. */
function readMapping(row: ColumnMappingRow): ColumnMapping {
  return columnMappingSchema.parse(JSON.parse(row.mapping));
}
