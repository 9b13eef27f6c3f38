/** Schema step 1: the vault’s settings, the group signing key and TOTP. */
export const step1Settings = `
  CREATE TABLE vault_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    created_at TEXT NOT NULL,
    auto_lock_seconds INTEGER NOT NULL
  );
  CREATE TABLE group_signing_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
    public_key BLOB NOT NULL,
    private_key_pkcs8 BLOB NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE totp (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    last_used_step INTEGER NOT NULL
  );
  CREATE TABLE totp_backup_codes (
    code_hash TEXT PRIMARY KEY,
    used_at TEXT
  );
  `;
