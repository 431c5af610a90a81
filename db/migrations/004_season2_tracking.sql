-- Season 2 tracking: claims with provenance, the status history, sources' polling state, seen feed items.

-- Every claim ever ingested. (origin, claim_key) is unique so re-ingesting is idempotent.
CREATE TABLE season2_claims (
    claim_id TEXT PRIMARY KEY,
    origin TEXT NOT NULL CHECK (origin IN ('lore', 'tvmaze', 'rss', 'moderator')),
    claim_key TEXT NOT NULL,
    milestone TEXT NOT NULL,
    claim_date TEXT NOT NULL,                 -- YYYY-MM-DD
    date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month')),
    confidence TEXT NOT NULL CHECK (confidence IN ('official', 'reported', 'rumour')),
    publisher TEXT NOT NULL,
    source_title TEXT NOT NULL DEFAULT '',
    source_url TEXT,
    source_date TEXT,
    text TEXT NOT NULL,
    standing TEXT NOT NULL DEFAULT 'standing' CHECK (standing IN ('standing', 'refuted', 'superseded')),
    refuted_by TEXT,
    superseded_by TEXT,
    release_at TEXT,                          -- ISO 8601 UTC
    release_window TEXT,
    baseline INTEGER NOT NULL DEFAULT 0,      -- recorded while seeding / a source's first poll
    recorded_at TEXT NOT NULL,
    UNIQUE (origin, claim_key)
);
CREATE INDEX season2_claims_date ON season2_claims (claim_date, claim_id);

-- The status history: one row per transition, in the order they were recorded.
CREATE TABLE season2_transitions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    transition_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    from_milestone TEXT,
    to_milestone TEXT NOT NULL,
    release_at_before TEXT,
    release_at_after TEXT,
    at TEXT NOT NULL,
    confidence TEXT NOT NULL,
    claim_ids TEXT NOT NULL,                  -- JSON list of season2_claims.claim_id
    baseline INTEGER NOT NULL DEFAULT 0,      -- 1: recorded without announcing (seed, first poll)
    recorded_at TEXT NOT NULL
);

-- Polling state of each configured source.
CREATE TABLE season2_sources (
    source_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,                       -- 'tvmaze' | 'rss'
    base_url TEXT NOT NULL,
    show_id INTEGER,                          -- TVmaze: resolved once, then reused
    etag TEXT,
    last_modified TEXT,
    last_poll_at TEXT,
    last_success_at TEXT,
    last_change_at TEXT,
    next_poll_at TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    circuit_open_until TEXT,
    baseline_recorded INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    snapshot TEXT                             -- JSON: what the source showed last time (per kind)
);

-- Feed items already seen, keyed by a hash of normalised title + publisher (aggregators' guids
-- are unstable). Never pruned while the feed still shows them.
CREATE TABLE season2_seen_items (
    source_id TEXT NOT NULL,
    item_key TEXT NOT NULL,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    PRIMARY KEY (source_id, item_key)
);
