-- The service directory in Open Referral HSDS 3.0 form: one table per HSDS table, columns as in
-- the official datapackage.json (CC BY-SA 4.0, Open Referral), which the importer also reads to
-- validate rows. Identifiers are UUIDs as text. Columns after the HSDS ones are the portal's own:
--   organization.demo          invented demo data, shown as such
--   location.confidential      a shelter or crisis flat: address and coordinates are never published
--   location/service_area.municipality_code   the gazetteer municipality (V2_1)
--   schedule.closed            the period is a closure (holidays), not opening hours

CREATE TABLE `organization` (
    `id` CHAR(36) NOT NULL,
    `name` TEXT NOT NULL,
    `alternate_name` TEXT NULL,
    `description` TEXT NOT NULL,
    `email` VARCHAR(254) NULL,
    `website` TEXT NULL,
    `tax_status` TEXT NULL,
    `tax_id` TEXT NULL,
    `year_incorporated` DECIMAL(20,8) NULL,
    `legal_status` TEXT NULL,
    `logo` TEXT NULL,
    `uri` TEXT NULL,
    `parent_organization_id` CHAR(36) NULL,
    `demo` BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_organization_parent` FOREIGN KEY (`parent_organization_id`) REFERENCES `organization` (`id`) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `taxonomy` (
    `id` CHAR(36) NOT NULL,
    `name` TEXT NOT NULL,
    `description` TEXT NOT NULL,
    `uri` TEXT NULL,
    `version` TEXT NULL,
    PRIMARY KEY (`id`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `taxonomy_term` (
    `id` CHAR(36) NOT NULL,
    `code` TEXT NULL,
    `name` TEXT NOT NULL,
    `description` TEXT NOT NULL,
    `parent_id` CHAR(36) NULL,
    `taxonomy` TEXT NULL,
    `language` TEXT NULL,
    `taxonomy_id` CHAR(36) NULL,
    `term_uri` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_taxonomy_term_taxonomy_id` FOREIGN KEY (`taxonomy_id`) REFERENCES `taxonomy` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `program` (
    `id` CHAR(36) NOT NULL,
    `organization_id` CHAR(36) NOT NULL,
    `name` TEXT NOT NULL,
    `alternate_name` TEXT NULL,
    `description` TEXT NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_program_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `service` (
    `id` CHAR(36) NOT NULL,
    `organization_id` CHAR(36) NOT NULL,
    `program_id` CHAR(36) NULL,
    `name` TEXT NOT NULL,
    `alternate_name` TEXT NULL,
    `description` TEXT NULL,
    `url` TEXT NULL,
    `email` VARCHAR(254) NULL,
    `status` VARCHAR(32) NOT NULL,
    `interpretation_services` TEXT NULL,
    `application_process` TEXT NULL,
    `fees_description` TEXT NULL,
    `wait_time` TEXT NULL,
    `fees` TEXT NULL,
    `accreditations` TEXT NULL,
    `eligibility_description` TEXT NULL,
    `minimum_age` DECIMAL(20,8) NULL,
    `maximum_age` DECIMAL(20,8) NULL,
    `assured_date` DATE NULL,
    `assurer_email` VARCHAR(254) NULL,
    `licenses` TEXT NULL,
    `alert` TEXT NULL,
    `last_modified` DATETIME(3) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_service_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_service_program_id` FOREIGN KEY (`program_id`) REFERENCES `program` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `location` (
    `id` CHAR(36) NOT NULL,
    `location_type` VARCHAR(32) NOT NULL,
    `url` TEXT NULL,
    `organization_id` CHAR(36) NULL,
    `name` TEXT NULL,
    `alternate_name` TEXT NULL,
    `description` TEXT NULL,
    `transportation` TEXT NULL,
    `latitude` DECIMAL(20,8) NULL,
    `longitude` DECIMAL(20,8) NULL,
    `external_identifier` TEXT NULL,
    `external_identifier_type` TEXT NULL,
    `confidential` BOOLEAN NOT NULL DEFAULT FALSE,
    `municipality_code` VARCHAR(64) NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_location_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `service_at_location` (
    `id` CHAR(36) NOT NULL,
    `service_id` CHAR(36) NOT NULL,
    `location_id` CHAR(36) NOT NULL,
    `description` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_service_at_location_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_service_at_location_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `contact` (
    `id` CHAR(36) NOT NULL,
    `organization_id` CHAR(36) NULL,
    `service_id` CHAR(36) NULL,
    `service_at_location_id` CHAR(36) NULL,
    `location_id` CHAR(36) NULL,
    `name` TEXT NULL,
    `title` TEXT NULL,
    `department` TEXT NULL,
    `email` VARCHAR(254) NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_contact_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_contact_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_contact_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_contact_service_at_location_id` FOREIGN KEY (`service_at_location_id`) REFERENCES `service_at_location` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `phone` (
    `id` CHAR(36) NOT NULL,
    `location_id` CHAR(36) NULL,
    `service_id` CHAR(36) NULL,
    `organization_id` CHAR(36) NULL,
    `contact_id` CHAR(36) NULL,
    `service_at_location_id` CHAR(36) NULL,
    `number` TEXT NOT NULL,
    `extension` DECIMAL(20,8) NULL,
    `type` TEXT NULL,
    `description` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_phone_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_phone_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_phone_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_phone_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_phone_service_at_location_id` FOREIGN KEY (`service_at_location_id`) REFERENCES `service_at_location` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `address` (
    `id` CHAR(36) NOT NULL,
    `location_id` CHAR(36) NULL,
    `attention` TEXT NULL,
    `address_1` TEXT NOT NULL,
    `address_2` TEXT NULL,
    `city` TEXT NOT NULL,
    `region` TEXT NULL,
    `state_province` TEXT NOT NULL,
    `postal_code` TEXT NOT NULL,
    `country` TEXT NOT NULL,
    `address_type` VARCHAR(32) NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_address_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `schedule` (
    `id` CHAR(36) NOT NULL,
    `service_id` CHAR(36) NULL,
    `location_id` CHAR(36) NULL,
    `service_at_location_id` CHAR(36) NULL,
    `valid_from` DATE NULL,
    `valid_to` DATE NULL,
    `dtstart` DATE NULL,
    `timezone` DECIMAL(20,8) NULL,
    `until` DATE NULL,
    `count` DECIMAL(20,8) NULL,
    `wkst` VARCHAR(32) NULL,
    `freq` VARCHAR(32) NULL,
    `interval` DECIMAL(20,8) NULL,
    `byday` TEXT NULL,
    `byweekno` TEXT NULL,
    `bymonthday` TEXT NULL,
    `byyearday` TEXT NULL,
    `description` TEXT NULL,
    `opens_at` TIME NULL,
    `closes_at` TIME NULL,
    `schedule_link` TEXT NULL,
    `attending_type` TEXT NULL,
    `notes` TEXT NULL,
    `closed` BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_schedule_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_schedule_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_schedule_service_at_location_id` FOREIGN KEY (`service_at_location_id`) REFERENCES `service_at_location` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `funding` (
    `id` CHAR(36) NOT NULL,
    `organization_id` CHAR(36) NULL,
    `service_id` CHAR(36) NULL,
    `source` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_funding_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_funding_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `service_area` (
    `id` CHAR(36) NOT NULL,
    `service_id` CHAR(36) NULL,
    `name` TEXT NULL,
    `description` TEXT NULL,
    `extent` TEXT NULL,
    `extent_type` TEXT NULL,
    `uri` TEXT NULL,
    `municipality_code` VARCHAR(64) NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_service_area_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `required_document` (
    `id` CHAR(36) NOT NULL,
    `service_id` CHAR(36) NULL,
    `document` TEXT NULL,
    `uri` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_required_document_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `language` (
    `id` CHAR(36) NOT NULL,
    `service_id` CHAR(36) NULL,
    `location_id` CHAR(36) NULL,
    `phone_id` CHAR(36) NULL,
    `name` TEXT NULL,
    `code` TEXT NULL,
    `note` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_language_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_language_phone_id` FOREIGN KEY (`phone_id`) REFERENCES `phone` (`id`) ON DELETE CASCADE,
    CONSTRAINT `fk_language_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `accessibility` (
    `id` CHAR(36) NOT NULL,
    `location_id` CHAR(36) NULL,
    `description` TEXT NULL,
    `details` TEXT NULL,
    `url` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_accessibility_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `cost_option` (
    `id` CHAR(36) NOT NULL,
    `service_id` CHAR(36) NOT NULL,
    `valid_from` DATE NULL,
    `valid_to` DATE NULL,
    `option` TEXT NULL,
    `currency` TEXT NULL,
    `amount` DECIMAL(20,8) NULL,
    `amount_description` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_cost_option_service_id` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `organization_identifier` (
    `id` CHAR(36) NOT NULL,
    `organization_id` CHAR(36) NOT NULL,
    `identifier_scheme` TEXT NULL,
    `identifier_type` TEXT NOT NULL,
    `identifier` TEXT NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_organization_identifier_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `attribute` (
    `id` CHAR(36) NOT NULL,
    `link_id` CHAR(36) NOT NULL,
    `taxonomy_term_id` CHAR(36) NOT NULL,
    `link_type` TEXT NULL,
    `link_entity` TEXT NOT NULL,
    `value` TEXT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `fk_attribute_taxonomy_term_id` FOREIGN KEY (`taxonomy_term_id`) REFERENCES `taxonomy_term` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `metadata` (
    `id` CHAR(36) NOT NULL,
    `resource_id` CHAR(36) NOT NULL,
    `resource_type` TEXT NOT NULL,
    `last_action_date` DATE NOT NULL,
    `last_action_type` TEXT NOT NULL,
    `field_name` TEXT NOT NULL,
    `previous_value` TEXT NOT NULL,
    `replacement_value` TEXT NOT NULL,
    `updated_by` TEXT NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `meta_table_description` (
    `id` CHAR(36) NOT NULL,
    `name` TEXT NULL,
    `language` TEXT NULL,
    `character_set` TEXT NULL,
    PRIMARY KEY (`id`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX `ix_service_status` ON `service` (`status`);
CREATE INDEX `ix_service_last_modified` ON `service` (`last_modified`);
CREATE INDEX `ix_attribute_link` ON `attribute` (`link_id`);
CREATE INDEX `ix_metadata_resource` ON `metadata` (`resource_id`);
