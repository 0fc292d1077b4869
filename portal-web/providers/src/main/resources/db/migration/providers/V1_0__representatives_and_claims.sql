-- Organisations' self-service (module "providers", history flyway_history_providers): people who sign
-- up for an organisation, the links that confirm their e-mail, and their claims to work for an
-- organisation of the directory (or proposals of a new one), which a moderator approves or rejects.
-- Runs after the directory's and the portal's migrations: refers to user_account and organization.

-- The representative behind an account opened by sign-up (the account is user_account, role
-- ORG_MEMBER, disabled until the e-mail is confirmed). The phone is personal data: sealed by the
-- application (ProviderSealedColumns.RepresentativePhone), never in plain text here.
CREATE TABLE provider_representative (
    user_account_id    BIGINT       NOT NULL,
    position           VARCHAR(200) NOT NULL,
    phone_sealed       TEXT         NOT NULL,
    language           VARCHAR(8)   NOT NULL,
    email_confirmed_at DATETIME(3)  NULL,
    created_at         DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_account_id),
    CONSTRAINT fk_representative_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mails sent to a representative's address: CONFIRM carries a single-use, expiring link (only the
-- token's SHA-256 is kept); NOTICE tells the owner of an address already registered that somebody
-- signed up with it. Counted per account to limit the mails anybody can trigger.
CREATE TABLE provider_mail_token (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    user_account_id BIGINT      NOT NULL,
    purpose         VARCHAR(16) NOT NULL,
    token_hash      CHAR(64)    NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    expires_at      DATETIME(3) NOT NULL,
    used_at         DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_provider_mail_token UNIQUE (token_hash),
    CONSTRAINT fk_provider_mail_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_provider_mail_token_account (user_account_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "I work here" (CLAIM of an organisation of the directory) or "add us" (PROPOSAL of a new one, whose
-- organization_id is set when a moderator approves it and the organisation enters the directory).
-- Status PENDING -> APPROVED | REJECTED (with a reason mailed to the person). An APPROVED claim makes
-- the account a member of the organisation; several members per organisation.
CREATE TABLE provider_claim (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    user_account_id  BIGINT        NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    organization_id  CHAR(36)      NULL,
    role_statement   VARCHAR(200)  NOT NULL,
    verification     VARCHAR(1000) NOT NULL,
    proposed_name    VARCHAR(500)  NULL,
    proposed_inn     VARCHAR(12)   NULL,
    proposed_ogrn    VARCHAR(15)   NULL,
    proposed_website VARCHAR(500)  NULL,
    proposed_email   VARCHAR(254)  NULL,
    status           VARCHAR(16)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    decided_at       DATETIME(3)   NULL,
    decided_by       VARCHAR(254)  NULL,
    reason           VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_claim_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_claim_organization FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE,
    INDEX ix_claim_status (status, created_at),
    INDEX ix_claim_organization (organization_id, status),
    INDEX ix_claim_account (user_account_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
