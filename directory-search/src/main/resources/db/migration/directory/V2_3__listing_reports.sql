-- "Report wrong information" from the public service page, for moderators to check.
CREATE TABLE listing_report (
    id            CHAR(36)      NOT NULL,
    service_id    CHAR(36)      NOT NULL,
    message       VARCHAR(1000) NOT NULL,
    contact       VARCHAR(254)  NULL,
    reported_at   DATETIME(3)   NOT NULL,
    resolved_at   DATETIME(3)   NULL,
    resolved_by   VARCHAR(254)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_listing_report_service FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX ix_listing_report_open (resolved_at, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
