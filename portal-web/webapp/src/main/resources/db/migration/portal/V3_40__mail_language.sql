-- #12: every mail goes out as multipart/alternative, a plain-text part and an HTML part rendered from
-- the same text at sending time (so the two never disagree, and nothing more is stored). The language
-- the text is written in is the HTML document's lang. Rows queued before this column have none: they
-- still go out as plain text only, as they were written.
ALTER TABLE mail_outbox
    ADD COLUMN language VARCHAR(8) NULL;
