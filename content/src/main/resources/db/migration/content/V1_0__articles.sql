-- Articles (issue 14): news, guides and family stories written in Markdown by editors, with their
-- revisions (who saved what, when) and the images they upload. Categories are codes of the
-- directory's "family-support" taxonomy, kept as strings: the content module stands alone and the
-- portal's pages check and name them from the directory. Images are kept here, resized, beside the
-- articles (one backup, one transaction, nothing to share between the portal's instances).
CREATE TABLE article (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(16)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    slug         VARCHAR(100) NOT NULL,
    summary      VARCHAR(500) NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    language     CHAR(2)      NOT NULL,
    cover_image_id BIGINT     NULL,
    publish_at   DATETIME(3)  NULL,
    demo         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    updated_by   VARCHAR(254) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_article_slug (slug),
    KEY ix_article_public (status, publish_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_category (
    article_id BIGINT      NOT NULL,
    code       VARCHAR(64) NOT NULL,
    PRIMARY KEY (article_id, code),
    KEY ix_article_category_code (code),
    CONSTRAINT fk_article_category_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_tag (
    article_id BIGINT      NOT NULL,
    tag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (article_id, tag),
    KEY ix_article_tag_tag (tag),
    CONSTRAINT fk_article_tag_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_revision (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    article_id BIGINT       NOT NULL,
    number     INT          NOT NULL,
    title      VARCHAR(200) NOT NULL,
    summary    VARCHAR(500) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    saved_by   VARCHAR(254) NOT NULL,
    saved_at   DATETIME(3)  NOT NULL,
    note       VARCHAR(200) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_article_revision_number (article_id, number),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_image (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    alt          VARCHAR(300) NOT NULL,
    content_type VARCHAR(32)  NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    digest       CHAR(12)     NOT NULL,
    widths       VARCHAR(64)  NOT NULL,
    uploaded_by  VARCHAR(254) NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_image_variant (
    image_id BIGINT     NOT NULL,
    width    INT        NOT NULL,
    bytes    MEDIUMBLOB NOT NULL,
    PRIMARY KEY (image_id, width),
    CONSTRAINT fk_article_image_variant_image FOREIGN KEY (image_id) REFERENCES article_image (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
