-- Issue #9 (directory): lost updates and published staff addresses.

-- Optimistic locking: every write of a service or an organisation (a moderator through JPA, an
-- import through JDBC) moves its version, and a write made from an older version is refused.
ALTER TABLE service ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organization ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;

-- The change log (HSDS metadata) is public: updated_by names a role ("moderator", "administrator",
-- "import"), never a person. Who it was stays for staff in changed_by, which is never exported or
-- served by the API.
ALTER TABLE metadata ADD COLUMN changed_by VARCHAR(254) NULL;
UPDATE metadata SET changed_by = updated_by, updated_by = 'moderator' WHERE updated_by LIKE '%@%';

-- A moderator's verification used to put the moderator's own address in service.assurer_email
-- (also public); the addresses that appear as staff authors of the change log are removed there.
UPDATE service SET assurer_email = NULL
    WHERE assurer_email IN (SELECT changed_by FROM metadata WHERE changed_by IS NOT NULL);
