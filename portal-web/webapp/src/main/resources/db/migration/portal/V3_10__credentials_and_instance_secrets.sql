-- #9 fixes: mails that carry a credential, and secrets of the installation that need no data key.

-- A mail that carries a credential (a password-reset link) lapses with it: its body is cleared once
-- it is delivered, and it is deleted, sent or not, at this time (UTC, like every column).
ALTER TABLE mail_outbox
    ADD COLUMN expires_at DATETIME(3) NULL AFTER dead_at;

-- Reset links already delivered by earlier versions stay nowhere in the database.
UPDATE mail_outbox SET body = '' WHERE sent_at IS NOT NULL AND body LIKE '%reset-password.xhtml?token=%';

-- Random secrets made by the portal on first use, e.g. the key of the sign-in throttle's address
-- hashes, which must work whether or not a data key (PORTAL_DATA_KEY) is configured.
CREATE TABLE instance_secret (
    name       VARCHAR(40)  NOT NULL,
    secret     VARCHAR(128) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
