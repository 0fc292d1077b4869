-- A silent or prank call is logged with its outcome alone: the caller named no district.
-- Every other request still has one (the intake requires it); the foreign key stays.
ALTER TABLE help_request MODIFY municipality_code VARCHAR(64) NULL;
