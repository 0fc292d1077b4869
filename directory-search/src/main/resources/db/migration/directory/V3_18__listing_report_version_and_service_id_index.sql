-- Reports of wrong information are edited by people (a moderator resolves one): like services and
-- organisations they carry a version, so two moderators resolving the same report at once are told
-- apart (JPA @Version).
ALTER TABLE listing_report ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- The HSDS API selects a page's service ids first (ORDER BY id LIMIT ... OFFSET ...) and then reads
-- only those rows. On the primary key (InnoDB's clustered index) a late page's OFFSET still walks
-- through whole rows; on this narrow index of the ids alone it walks through ids (measured at 100,000
-- services: a page at offset 60,000 in about a third of the time).
CREATE INDEX ix_service_id ON service (id);
