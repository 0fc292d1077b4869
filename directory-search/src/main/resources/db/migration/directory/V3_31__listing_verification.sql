-- #12 Verification: who confirmed a service "still accurate" (staff and members; never exported:
-- the public sees only HSDS assured_date), and the reminders sent to organisations whose listings
-- were not confirmed for a while, so each is sent once and moderators see who did not answer.
CREATE TABLE listing_verification (
    service_id  CHAR(36)  NOT NULL,
    verified_at DATETIME(3)  NOT NULL,
    verified_by VARCHAR(254) NOT NULL,
    verified_as VARCHAR(32)  NOT NULL,
    PRIMARY KEY (service_id),
    CONSTRAINT fk_listing_verification_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One reminder and one escalation per organisation and "baseline" (the oldest verified date of its
-- active services when it was sent): confirming the listings moves the baseline and starts afresh.
CREATE TABLE verification_reminder (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organization_id CHAR(36)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    baseline        DATE         NOT NULL,
    sent_at         DATETIME(3)  NOT NULL,
    recipients      INT          NOT NULL,
    addressed_to    VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_verification_reminder (organization_id, kind, baseline),
    CONSTRAINT fk_verification_reminder_organization FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
