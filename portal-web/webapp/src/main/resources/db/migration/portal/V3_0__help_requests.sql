-- Help requests: asked online by families, logged by hotline operators or telephony systems, routed
-- to the family resource centre of the family's municipality and followed until closed.
-- Columns ending in _sealed hold personal data encrypted by the application (AES-GCM, key from
-- configuration); the database never sees it in plain text. phone_index is a keyed hash of the
-- normalised phone number, so repeat callers are found without storing the number readable.

-- Who works for which organisation: specialists for their resource centre, members for a partner.
CREATE TABLE organization_member (
    user_account_id BIGINT   NOT NULL,
    organization_id CHAR(36) NOT NULL,
    on_duty         BOOLEAN  NOT NULL DEFAULT FALSE,
    head            BOOLEAN  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (user_account_id, organization_id),
    CONSTRAINT fk_member_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_organization FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE,
    INDEX ix_member_organization (organization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE help_request (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    number                 VARCHAR(20)  NOT NULL,
    status_code_hash       VARCHAR(64)  NULL,
    submission_key         VARCHAR(64)  NULL,
    channel                VARCHAR(16)  NOT NULL,
    caller_type            VARCHAR(16)  NOT NULL,
    municipality_code      VARCHAR(64)  NOT NULL,
    centre_organization_id CHAR(36)     NULL,
    topics                 VARCHAR(1000) NOT NULL DEFAULT '',
    felt_urgency           VARCHAR(16)  NULL,
    triage_level           VARCHAR(32)  NULL,
    urgent                 BOOLEAN      NOT NULL DEFAULT FALSE,
    contact_channel        VARCHAR(16)  NOT NULL,
    contact_time_sealed    TEXT         NULL,
    name_sealed            TEXT         NULL,
    phone_sealed           TEXT         NULL,
    email_sealed           TEXT         NULL,
    messenger_sealed       TEXT         NULL,
    description_sealed     MEDIUMTEXT   NULL,
    phone_index            VARCHAR(64)  NULL,
    consent_at             DATETIME(3)  NULL,
    actions_taken          VARCHAR(200) NOT NULL DEFAULT '',
    recommended_services   VARCHAR(2000) NOT NULL DEFAULT '',
    call_outcome           VARCHAR(16)  NULL,
    call_seconds           INT          NULL,
    status                 VARCHAR(16)  NOT NULL,
    assignee_id            BIGINT       NULL,
    logged_by_id           BIGINT       NULL,
    created_at             DATETIME(3)  NOT NULL,
    acknowledge_by         DATETIME(3)  NOT NULL,
    acknowledged_at        DATETIME(3)  NULL,
    escalated_at           DATETIME(3)  NULL,
    closed_at              DATETIME(3)  NULL,
    anonymised_at          DATETIME(3)  NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_help_request_number UNIQUE (number),
    CONSTRAINT uk_help_request_submission UNIQUE (submission_key),
    CONSTRAINT fk_help_request_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT fk_help_request_centre FOREIGN KEY (centre_organization_id) REFERENCES organization (id) ON DELETE SET NULL,
    CONSTRAINT fk_help_request_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT fk_help_request_logged_by FOREIGN KEY (logged_by_id) REFERENCES user_account (id) ON DELETE SET NULL,
    INDEX ix_help_request_queue (centre_organization_id, status, created_at),
    INDEX ix_help_request_phone (phone_index),
    INDEX ix_help_request_overdue (acknowledged_at, acknowledge_by),
    INDEX ix_help_request_closed (status, closed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline: every status change, assignment, note, reply and referral change, with who and when.
CREATE TABLE help_request_event (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    help_request_id BIGINT      NOT NULL,
    kind            VARCHAR(24) NOT NULL,
    occurred_at     DATETIME(3) NOT NULL,
    actor           VARCHAR(254) NULL,
    from_status     VARCHAR(16) NULL,
    to_status       VARCHAR(16) NULL,
    visible_to_family BOOLEAN   NOT NULL DEFAULT FALSE,
    text_sealed     MEDIUMTEXT  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_request FOREIGN KEY (help_request_id) REFERENCES help_request (id) ON DELETE CASCADE,
    INDEX ix_event_request (help_request_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE follow_up_task (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    help_request_id BIGINT      NOT NULL,
    due_on          DATE        NOT NULL,
    text_sealed     TEXT        NOT NULL,
    created_by      VARCHAR(254) NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    done_by         VARCHAR(254) NULL,
    done_at         DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_request FOREIGN KEY (help_request_id) REFERENCES help_request (id) ON DELETE CASCADE,
    INDEX ix_task_request (help_request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request handed to a partner organisation; the partner's members see it with minimal data.
CREATE TABLE referral (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    help_request_id BIGINT      NOT NULL,
    organization_id CHAR(36)    NOT NULL,
    service_id      CHAR(36)    NULL,
    status          VARCHAR(16) NOT NULL,
    brief_sealed    TEXT        NULL,
    answer_sealed   TEXT        NULL,
    created_by      VARCHAR(254) NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    updated_by      VARCHAR(254) NULL,
    updated_at      DATETIME(3) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_referral_request FOREIGN KEY (help_request_id) REFERENCES help_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_referral_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_referral_organization (organization_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who looked at, changed or exported personal data, and when (152-FZ). Never updated or deleted
-- by the application.
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME(3)  NOT NULL,
    actor           VARCHAR(254) NOT NULL,
    action          VARCHAR(32)  NOT NULL,
    help_request_id BIGINT       NULL,
    detail          VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_request (help_request_id),
    INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tokens of telephony systems that log calls through the REST API; only a hash is stored.
CREATE TABLE api_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_by  VARCHAR(254) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    revoked_at  DATETIME(3)  NULL,
    last_used_at DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mails written in the same transaction as what caused them and sent after it; nothing is lost when
-- the mail server is down for a while.
CREATE TABLE mail_outbox (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    recipient    VARCHAR(254) NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    body         TEXT         NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    sent_at      DATETIME(3)  NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_mail_pending (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
