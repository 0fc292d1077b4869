-- A member of the reported service's organisation answers a report of wrong information; the
-- moderator reads the answer in the reports queue and still resolves the report.
ALTER TABLE listing_report
    ADD COLUMN answer      VARCHAR(1000) NULL,
    ADD COLUMN answered_by VARCHAR(254)  NULL,
    ADD COLUMN answered_at DATETIME(3)   NULL,
    ADD INDEX ix_listing_report_service (service_id, reported_at);
