-- The screener's rules as data: one rule per support measure (known by its code; the published text
-- is what families are screened with, the draft is what an editor is changing), the parameters the
-- rules refer to (date-versioned, per region and zone, each with its source), the zones of
-- municipalities, and the test households editors run before publishing. Nothing about a family
-- screened is ever stored.
CREATE TABLE screener_rule (
    measure_code   VARCHAR(64)  NOT NULL,
    published_json MEDIUMTEXT   NULL,
    draft_json     MEDIUMTEXT   NULL,
    published_at   DATETIME(6)  NULL,
    published_by   VARCHAR(320) NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(320) NOT NULL,
    demo           BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (measure_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE screener_parameter (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100)  NOT NULL,
    region_code    VARCHAR(16)   NULL,
    zone           VARCHAR(32)   NULL,
    value          DECIMAL(14,2) NOT NULL,
    effective_from DATE          NOT NULL,
    effective_to   DATE          NULL,
    source         VARCHAR(500)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(320)  NOT NULL,
    demo           BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    INDEX ix_screener_parameter_name (name, region_code, zone, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE screener_zone (
    municipality_code VARCHAR(64) NOT NULL,
    region_code       VARCHAR(16) NOT NULL,
    zone              VARCHAR(32) NOT NULL,
    demo              BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (municipality_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE screener_test_household (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    name            VARCHAR(200) NOT NULL,
    definition_json MEDIUMTEXT   NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(320) NOT NULL,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
