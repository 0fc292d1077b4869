-- Reports of wrong information are edited by people (a moderator resolves one): like services and
-- organisations they carry a version, so two moderators resolving the same report at once are told
-- apart (JPA @Version).
ALTER TABLE listing_report ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
