-- #12: scheduled jobs run once however many servers run. Each job has one row: the server that holds
-- it and until when (UTC). A server runs a job only while it holds the lease; a holder that stops
-- renewing (it died, or was stopped) loses it when it expires, and another server takes it.
CREATE TABLE job_lease (
    job         VARCHAR(64)  NOT NULL,
    holder      VARCHAR(128) NOT NULL,
    acquired_at DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
