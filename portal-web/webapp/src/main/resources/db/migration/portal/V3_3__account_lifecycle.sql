-- Account lifecycle (#9): administrators disable accounts, change roles and reset passwords; staff
-- change their own and reset a forgotten one by mail. Sign-in failures are counted per account and
-- source instead of locking the account for everyone.

-- A temporary password set by an administrator must be changed at the next sign-in.
-- session_generation moves whenever the account's sessions must end (disabled, roles or password
-- changed); a session started with an older value is signed out at its next request.
ALTER TABLE user_account
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN session_generation       BIGINT  NOT NULL DEFAULT 0,
    DROP COLUMN failed_sign_ins,
    DROP COLUMN locked_until;

-- Wrong passwords per account and source (a keyed hash of the client address, never the address).
CREATE TABLE sign_in_failure (
    user_account_id BIGINT      NOT NULL,
    source_hash     VARCHAR(64) NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(3) NOT NULL,
    PRIMARY KEY (user_account_id, source_hash),
    CONSTRAINT fk_sign_in_failure_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_sign_in_failure_time (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use, expiring links of "forgot password" mails; only the token's SHA-256 is kept.
CREATE TABLE password_reset_token (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    user_account_id BIGINT      NOT NULL,
    token_hash      CHAR(64)    NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    expires_at      DATETIME(3) NOT NULL,
    used_at         DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_password_reset_account (user_account_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
