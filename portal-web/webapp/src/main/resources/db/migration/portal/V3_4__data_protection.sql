-- Data protection (issue 9): the salt of the data key when it is a passphrase (PBKDF2; one row,
-- written by the portal on first use), and room for the encrypted form of reports of wrong
-- information, which held the reporter's message and e-mail in plain text. The portal encrypts
-- the existing reports at start (KeyRotation) and deletes reports older than
-- portal.directory.report-retention.
CREATE TABLE data_key_salt (
    id         TINYINT     NOT NULL,
    salt       VARCHAR(64) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE listing_report
    MODIFY message TEXT NOT NULL,
    MODIFY contact TEXT NULL;

