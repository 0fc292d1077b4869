-- Follow-up tasks are edited by people (a specialist completes one): like help requests and referrals
-- they carry a version, so two completions at once are told apart (JPA @Version).
ALTER TABLE follow_up_task ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
