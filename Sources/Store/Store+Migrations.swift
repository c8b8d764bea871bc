import GRDB

extension Store {
    /// The schema, as named migrations applied in order. Never edit a shipped migration: add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: items, accounts, rejects, runs") { db in
            try db.execute(sql: """
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY,
                    command TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'failed')),
                    items_added INTEGER NOT NULL DEFAULT 0,
                    items_updated INTEGER NOT NULL DEFAULT 0,
                    items_unchanged INTEGER NOT NULL DEFAULT 0,
                    rejects INTEGER NOT NULL DEFAULT 0,
                    stage_seconds TEXT NOT NULL DEFAULT '{}',
                    config_hash TEXT,
                    input_hashes TEXT NOT NULL DEFAULT '{}',
                    version TEXT NOT NULL
                );
                CREATE TABLE sources (
                    name TEXT PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('ticket', 'chat', 'survey', 'review')),
                    last_file TEXT,
                    last_run_id INTEGER REFERENCES runs(id)
                );
                CREATE TABLE items (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    external_id TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('ticket', 'chat', 'survey', 'review')),
                    account_id TEXT,
                    created_at TEXT,
                    channel TEXT,
                    subject TEXT,
                    text TEXT NOT NULL,
                    agent_text TEXT,
                    score REAL,
                    score_type TEXT CHECK (score_type IN ('nps', 'csat', 'ces', 'rating')),
                    status TEXT,
                    priority TEXT,
                    first_response_at TEXT,
                    resolved_at TEXT,
                    first_response_hours REAL,
                    resolution_hours REAL,
                    contact_count INTEGER,
                    reopened INTEGER CHECK (reopened IN (0, 1)),
                    tags TEXT NOT NULL DEFAULT '[]',
                    extra TEXT NOT NULL DEFAULT '{}',
                    content_hash TEXT NOT NULL,
                    file TEXT,
                    line INTEGER,
                    added_run_id INTEGER REFERENCES runs(id),
                    updated_run_id INTEGER REFERENCES runs(id),
                    UNIQUE (source, external_id),
                    CHECK (score IS NULL OR score_type IS NOT NULL)
                );
                CREATE INDEX items_by_account ON items(account_id);
                CREATE INDEX items_by_created_at ON items(created_at);
                CREATE TABLE accounts (
                    id TEXT PRIMARY KEY,
                    name TEXT,
                    segment TEXT,
                    mrr_start REAL,
                    mrr_end REAL,
                    churned INTEGER NOT NULL CHECK (churned IN (0, 1)),
                    churn_date TEXT,
                    contraction_mrr REAL,
                    expansion_mrr REAL,
                    renewal_date TEXT,
                    usage TEXT NOT NULL DEFAULT '{}',
                    extra TEXT NOT NULL DEFAULT '{}',
                    content_hash TEXT NOT NULL,
                    updated_run_id INTEGER REFERENCES runs(id)
                );
                CREATE TABLE rejects (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER REFERENCES runs(id),
                    source TEXT,
                    file TEXT NOT NULL,
                    line INTEGER,
                    record_index INTEGER,
                    record_path TEXT,
                    reason TEXT NOT NULL,
                    excerpt TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX rejects_by_file ON rejects(file);
                """)
        }
        migrator.registerMigration("v2: themes, assignments, theme events, models") { db in
            try db.execute(sql: """
                CREATE TABLE themes (
                    id TEXT PRIMARY KEY,
                    level INTEGER NOT NULL DEFAULT 0 CHECK (level IN (0, 1)),
                    label TEXT NOT NULL,
                    auto_label TEXT NOT NULL,
                    parent_id TEXT REFERENCES themes(id) ON DELETE SET NULL,
                    status TEXT NOT NULL CHECK (status IN ('active', 'retired')),
                    position INTEGER NOT NULL,
                    size INTEGER NOT NULL CHECK (size >= 0),
                    top_terms TEXT NOT NULL DEFAULT '[]',
                    quotes TEXT NOT NULL DEFAULT '[]',
                    signature TEXT NOT NULL DEFAULT '{}',
                    centroid BLOB,
                    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
                    created_run_id INTEGER REFERENCES runs(id),
                    updated_run_id INTEGER REFERENCES runs(id),
                    CHECK (level = 0 OR parent_id IS NULL)
                );
                CREATE INDEX themes_by_status ON themes(level, status, position);
                CREATE TABLE assignments (
                    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                    theme_id TEXT REFERENCES themes(id),
                    similarity REAL NOT NULL CHECK (similarity >= -1.0001 AND similarity <= 1.0001),
                    run_id INTEGER REFERENCES runs(id)
                );
                CREATE INDEX assignments_by_theme ON assignments(theme_id);
                CREATE TABLE theme_events (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER REFERENCES runs(id),
                    theme_id TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('new', 'grown', 'shrunk', 'merged', 'split', 'retired', 'renamed', 'edited')),
                    related TEXT NOT NULL DEFAULT '[]',
                    similarity REAL,
                    detail TEXT NOT NULL DEFAULT '',
                    at TEXT NOT NULL
                );
                CREATE INDEX theme_events_by_theme ON theme_events(theme_id);
                CREATE TABLE models (
                    name TEXT PRIMARY KEY,
                    run_id INTEGER REFERENCES runs(id),
                    body BLOB NOT NULL
                );
                """)
        }
        migrator.registerMigration("v3: an item whose words change loses its assignment") { db in
            // The next analysis then reads it again, with the item's new text.
            try db.execute(sql: """
                CREATE TRIGGER items_text_changed AFTER UPDATE OF text, subject ON items
                WHEN NEW.text IS NOT OLD.text OR NEW.subject IS NOT OLD.subject
                BEGIN
                    DELETE FROM assignments WHERE item_id = NEW.id;
                END;
                """)
        }
        migrator.registerMigration("v4: item patterns") { db in
            // Issue type and sentiment per item, and the patterns found across items (rebuilt by
            // every analysis). An item whose words change is classified again.
            try db.execute(sql: """
                CREATE TABLE item_patterns (
                    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                    issue_type TEXT NOT NULL,
                    type_confidence REAL NOT NULL CHECK (type_confidence >= 0 AND type_confidence <= 1),
                    type_source TEXT NOT NULL CHECK (type_source IN ('rules', 'model')),
                    sentiment REAL NOT NULL CHECK (sentiment >= -1 AND sentiment <= 1),
                    run_id INTEGER REFERENCES runs(id)
                );
                CREATE INDEX item_patterns_by_type ON item_patterns(issue_type);
                CREATE TABLE patterns (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER REFERENCES runs(id),
                    kind TEXT NOT NULL CHECK (kind IN ('issue_type', 'recurring_issue', 'repeat_contact', 'spike',
                                                       'emerging_theme', 'escalation')),
                    theme_id TEXT,
                    issue_type TEXT,
                    account_id TEXT,
                    period_start TEXT,
                    period_end TEXT,
                    items INTEGER NOT NULL CHECK (items >= 0),
                    baseline REAL,
                    z REAL,
                    alert INTEGER NOT NULL DEFAULT 0 CHECK (alert IN (0, 1)),
                    item_ids TEXT NOT NULL DEFAULT '[]',
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX patterns_by_kind ON patterns(kind, alert);
                CREATE TABLE repeat_contacts (
                    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                    repeat_item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                    run_id INTEGER REFERENCES runs(id)
                );
                CREATE TRIGGER items_text_changed_patterns AFTER UPDATE OF text, subject ON items
                WHEN NEW.text IS NOT OLD.text OR NEW.subject IS NOT OLD.subject
                BEGIN
                    DELETE FROM item_patterns WHERE item_id = NEW.id;
                END;
                """)
        }
        migrator.registerMigration("v5: signals") { db in
            // Figures the signals stage computes after each analysis, so that look-ups
            // (`themes --account`, `accounts`) read them instead of recomputing the join.
            try db.execute(sql: """
                CREATE TABLE theme_signals (
                    theme_id TEXT PRIMARY KEY,
                    min_support INTEGER NOT NULL CHECK (min_support >= 1),
                    accounts_mentioning INTEGER NOT NULL CHECK (accounts_mentioning >= 0),
                    churned_accounts INTEGER NOT NULL CHECK (churned_accounts >= 0),
                    churn_rate REAL, baseline_churn_rate REAL, churn_lift REAL, lift_ci_low REAL, lift_ci_high REAL,
                    p_value REAL CHECK (p_value IS NULL OR (p_value >= 0 AND p_value <= 1)),
                    churned_mrr REAL NOT NULL,
                    expansion_accounts INTEGER NOT NULL, expansion_mrr REAL NOT NULL, retained_mentioning INTEGER NOT NULL,
                    expansion_rate REAL, baseline_expansion_rate REAL, expansion_lift REAL, expansion_p_value REAL,
                    nps_responses INTEGER NOT NULL, nps_mentioning REAL, nps_impact REAL,
                    csat_answers INTEGER NOT NULL, csat REAL, ces_answers INTEGER NOT NULL, ces REAL,
                    resolved_tickets INTEGER NOT NULL, fcr REAL, resolution_count INTEGER NOT NULL, median_ttr_hours REAL,
                    run_id INTEGER REFERENCES runs(id)
                );
                CREATE TABLE account_health (
                    account_id TEXT PRIMARY KEY,
                    health_score REAL CHECK (health_score IS NULL OR (health_score >= 0 AND health_score <= 100)),
                    health_tier TEXT CHECK (health_tier IN ('green', 'yellow', 'red')),
                    usage_score REAL, support_score REAL, outcome_score REAL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('churned', 'expanded', 'contracted', 'steady')),
                    run_id INTEGER REFERENCES runs(id)
                );
                """)
        }
        migrator.registerMigration("v6: nightly runs") { db in
            // `data_version` grows whenever items, accounts or the classifier change; the analysis
            // records the version it saw, so a run with nothing new can stop at once.
            // `input_files` remembers each configured file as last read, so unchanged files are
            // not read again.
            try db.execute(sql: """
                CREATE TABLE store_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    data_version INTEGER NOT NULL,
                    analysed_data_version INTEGER,
                    analysed_config_hash TEXT,
                    analysed_program_version TEXT,
                    analysed_run_id INTEGER REFERENCES runs(id)
                );
                INSERT INTO store_state (id, data_version) VALUES (1, 1);
                CREATE TABLE input_files (
                    path TEXT PRIMARY KEY,
                    role TEXT NOT NULL CHECK (role IN ('items', 'accounts')),
                    settings_hash TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    modified_ns INTEGER NOT NULL,
                    inode INTEGER NOT NULL,
                    content_hash TEXT NOT NULL,
                    run_id INTEGER REFERENCES runs(id),
                    read_at TEXT NOT NULL
                );
                ALTER TABLE runs ADD COLUMN exit_code INTEGER;
                ALTER TABLE runs ADD COLUMN stage_counts TEXT NOT NULL DEFAULT '{}';
                ALTER TABLE runs ADD COLUMN files_read INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE runs ADD COLUMN files_skipped INTEGER NOT NULL DEFAULT 0;
                """)
        }
        return migrator
    }
}
