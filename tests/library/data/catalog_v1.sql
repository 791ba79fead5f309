-- The catalog's schema at version 1 (PRAGMA user_version = 1), as the first release
-- created it: tests build an "old" catalog from it to check the migration.
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    status TEXT NOT NULL,
    sha256 TEXT,
    sha256_source TEXT,
    model_id INTEGER,
    model_name TEXT,
    model_type TEXT,
    version_id INTEGER,
    version_name TEXT,
    base_model TEXT,
    file_id INTEGER,
    civitai_sha256 TEXT,
    candidates TEXT,
    pinned_version_id INTEGER,
    checked_at REAL,
    seen_at REAL,
    error TEXT
);
CREATE INDEX IF NOT EXISTS files_by_model ON files (model_id);
CREATE INDEX IF NOT EXISTS files_by_version ON files (version_id);
CREATE TABLE IF NOT EXISTS models (
    model_id INTEGER PRIMARY KEY,
    name TEXT,
    type TEXT,
    state TEXT NOT NULL,
    versions TEXT NOT NULL,
    checked_at REAL,
    error TEXT
);
PRAGMA user_version = 1;
