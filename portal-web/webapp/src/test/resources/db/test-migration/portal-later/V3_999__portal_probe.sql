-- Test only (ModuleMigrationsTest): a portal migration numbered above every directory migration,
-- applied before the directory's next one (directory-next).
CREATE TABLE portal_probe (
    id INT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
