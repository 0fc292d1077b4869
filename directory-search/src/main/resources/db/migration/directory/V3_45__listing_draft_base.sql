-- Issue #12: the published listing a draft was started from (JSON, like the snapshot). An approval
-- compares it with the listing published now: when an import (or anything else) changed the public
-- listing meanwhile, the moderator is shown that change before the draft replaces it. NULL for a new
-- listing and for drafts started before this column existed (nothing to compare with).
ALTER TABLE listing_draft ADD COLUMN base_snapshot LONGTEXT NULL;
