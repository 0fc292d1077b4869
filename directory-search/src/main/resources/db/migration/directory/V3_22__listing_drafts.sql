-- Issue #12 (drafts): every new listing and every change to a published one is a draft until a
-- moderator approves it. A draft holds the whole listing of one organisation as JSON (a snapshot);
-- the public keeps reading the HSDS tables, which only an approval writes.
CREATE TABLE listing_draft (
    id                   CHAR(36)     NOT NULL,
    organization_id      CHAR(36)     NOT NULL,
    -- The organisation while the draft is open (being written, sent or rejected), NULL once
    -- approved: one open draft per organisation.
    open_organization_id CHAR(36)     NULL,
    organization_name    VARCHAR(500) NOT NULL,
    new_listing          BOOLEAN      NOT NULL DEFAULT FALSE,
    snapshot             LONGTEXT     NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    author               VARCHAR(254) NOT NULL,
    edited_by            VARCHAR(254) NOT NULL,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    submitted_at         DATETIME(3)  NULL,
    decided_at           DATETIME(3)  NULL,
    decided_by           VARCHAR(254) NULL,
    reason               VARCHAR(2000) NULL,
    lock_version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_listing_draft_open (open_organization_id),
    INDEX ix_listing_draft_state (state, submitted_at),
    INDEX ix_listing_draft_organization (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Accepting new families": yes, waiting-list, no (NULL: not said). The portal's own column,
-- exported as an extra CSV column like the other extensions.
ALTER TABLE service ADD COLUMN accepting VARCHAR(16) NULL;
