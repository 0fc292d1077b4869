-- Test only (ModuleMigrationsTest): the directory's next migration, numbered after the directory's
-- own latest and below a portal migration already applied (V3_99 of portal-later). Numbered high so
-- that the modules' real migrations (V3_3x and up, issue #12) stay below both.
CREATE TABLE directory_probe (
    id INT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO directory_probe (id) VALUES (1);
