-- The catalogue of support measures (module "content", history flyway_history_content): a measure by
-- its fixed code, its life situations, where to apply, the directory's services that help apply for
-- it (ids only: the content refers to no other module's table), its amounts and thresholds with
-- effective periods and sources, and a change log of who changed what.

CREATE TABLE support_measure (
    code                VARCHAR(60)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    level               VARCHAR(20)  NOT NULL,
    region_code         VARCHAR(10)  NULL,
    municipality_code   VARCHAR(60)  NULL,
    kind                VARCHAR(30)  NOT NULL,
    title_ru            VARCHAR(200) NOT NULL,
    title_en            VARCHAR(200) NOT NULL,
    summary_ru          TEXT         NULL,
    summary_en          TEXT         NULL,
    giver_ru            VARCHAR(200) NOT NULL,
    giver_en            VARCHAR(200) NOT NULL,
    eligibility_ru      TEXT         NULL,
    eligibility_en      TEXT         NULL,
    documents_ru        TEXT         NULL,
    documents_en        TEXT         NULL,
    how_to_apply_ru     TEXT         NULL,
    how_to_apply_en     TEXT         NULL,
    without_application BOOLEAN      NOT NULL DEFAULT FALSE,
    legal_basis_ru      TEXT         NULL,
    legal_basis_en      TEXT         NULL,
    legal_basis_url     VARCHAR(500) NULL,
    published           BOOLEAN      NOT NULL DEFAULT TRUE,
    demo                BOOLEAN      NOT NULL DEFAULT FALSE,
    verified_on         DATE         NULL,
    verified_by         VARCHAR(200) NULL,
    PRIMARY KEY (code),
    KEY ix_support_measure_region (region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_measure_situation (
    measure_code VARCHAR(60) NOT NULL,
    situation    VARCHAR(30) NOT NULL,
    PRIMARY KEY (measure_code, situation),
    CONSTRAINT fk_measure_situation FOREIGN KEY (measure_code) REFERENCES support_measure (code) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_measure_channel (
    measure_code VARCHAR(60) NOT NULL,
    channel      VARCHAR(30) NOT NULL,
    PRIMARY KEY (measure_code, channel),
    CONSTRAINT fk_measure_channel FOREIGN KEY (measure_code) REFERENCES support_measure (code) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_measure_service (
    measure_code VARCHAR(60) NOT NULL,
    position     INT         NOT NULL,
    service_id   VARCHAR(36) NOT NULL,
    PRIMARY KEY (measure_code, position),
    CONSTRAINT fk_measure_service FOREIGN KEY (measure_code) REFERENCES support_measure (code) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_measure_amount (
    measure_code        VARCHAR(60)    NOT NULL,
    position            INT            NOT NULL,
    label_ru            VARCHAR(300)   NOT NULL,
    label_en            VARCHAR(300)   NOT NULL,
    amount_value        DECIMAL(14, 2) NOT NULL,
    unit                VARCHAR(20)    NOT NULL,
    effective_from      DATE           NOT NULL,
    effective_to        DATE           NULL,
    source_title        VARCHAR(500)   NOT NULL,
    source_url          VARCHAR(500)   NULL,
    confirmed           BOOLEAN        NOT NULL DEFAULT FALSE,
    indexed_in_february BOOLEAN        NOT NULL DEFAULT FALSE,
    note_ru             VARCHAR(1000)  NULL,
    note_en             VARCHAR(1000)  NULL,
    PRIMARY KEY (measure_code, position),
    CONSTRAINT fk_measure_amount FOREIGN KEY (measure_code) REFERENCES support_measure (code) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_measure_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    measure_code VARCHAR(60)   NOT NULL,
    editor       VARCHAR(200)  NOT NULL,
    changed_at   DATETIME(3)   NOT NULL,
    summary      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_measure_change_code (measure_code, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
