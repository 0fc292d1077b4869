-- Test only (ModuleMigrationsTest): the directory's next migration, numbered after every real
-- migration and below a portal migration already applied (V3_999 of portal-later).
CREATE TABLE directory_probe (
    id INT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO directory_probe (id) VALUES (1);
