-- Test only (ModuleMigrationsTest): the directory's next migration, numbered after the directory's
-- own latest (V3_22 and the numbers given to parallel branches) and below a portal migration
-- already applied (V3_99 of portal-later).
CREATE TABLE directory_probe (
    id INT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO directory_probe (id) VALUES (1);
