-- Staff accounts: who may sign in, with which roles. Passwords are PBKDF2 hashes.
CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(3) NULL,
    last_sign_in    DATETIME(3) NULL,
    created_at      DATETIME(3) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
