-- Regions, municipalities and settlements of the portal's regions, with real coordinates, and the
-- family resource centre responsible for each municipality.
CREATE TABLE region (
    code       VARCHAR(16)  NOT NULL,
    name_ru    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
    code        VARCHAR(64)   NOT NULL,
    region_code VARCHAR(16)   NOT NULL,
    name_ru     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    latitude    DECIMAL(10,6) NOT NULL,
    longitude   DECIMAL(10,6) NOT NULL,
    resource_centre_organization_id CHAR(36) NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_municipality_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_municipality_centre FOREIGN KEY (resource_centre_organization_id) REFERENCES organization (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE settlement (
    id                VARCHAR(64)   NOT NULL,
    municipality_code VARCHAR(64)   NOT NULL,
    name_ru           VARCHAR(200)  NOT NULL,
    name_en           VARCHAR(200)  NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    latitude          DECIMAL(10,6) NOT NULL,
    longitude         DECIMAL(10,6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_settlement_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    INDEX ix_settlement_name (name_ru)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE location ADD CONSTRAINT fk_location_municipality
    FOREIGN KEY (municipality_code) REFERENCES municipality (code) ON DELETE SET NULL;
ALTER TABLE service_area ADD CONSTRAINT fk_service_area_municipality
    FOREIGN KEY (municipality_code) REFERENCES municipality (code) ON DELETE SET NULL;

-- Taxonomy terms are HSDS data in Russian; their English names live here.
CREATE TABLE taxonomy_term_translation (
    taxonomy_term_id CHAR(36)    NOT NULL,
    language         VARCHAR(8)  NOT NULL,
    name             TEXT        NOT NULL,
    description      TEXT        NULL,
    PRIMARY KEY (taxonomy_term_id, language),
    CONSTRAINT fk_term_translation_term FOREIGN KEY (taxonomy_term_id) REFERENCES taxonomy_term (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which one-time data loads (reference data, demo directory) have run.
CREATE TABLE data_load (
    name       VARCHAR(100) NOT NULL,
    loaded_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
