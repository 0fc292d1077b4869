-- The gazetteer becomes data a region can load (issue #10, places): each settlement and municipality
-- may carry other names it is known by (older names, Latin spellings, short forms), separated by
-- semicolons, and a settlement its postal codes, separated by commas.
ALTER TABLE settlement ADD COLUMN alternative_names TEXT NULL, ADD COLUMN postal_codes VARCHAR(1000) NULL;
ALTER TABLE municipality ADD COLUMN alternative_names TEXT NULL;
