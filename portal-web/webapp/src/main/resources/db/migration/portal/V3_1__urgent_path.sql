-- Issue #9, faults that lose the urgent path.

-- Each mail is retried on its own clock (exponential backoff) instead of by every commit, and is
-- given up only after hours: a dead letter that administrators see and may hand back.
--   pending:   sent_at IS NULL AND dead_at IS NULL (due when next_attempt_at <= now)
--   delivered: sent_at IS NOT NULL
--   dead:      dead_at IS NOT NULL
-- The portal writes next_attempt_at and trying_since itself; the defaults only make sure that a mail
-- inserted by anything else is due at once rather than never.
ALTER TABLE mail_outbox
    ADD COLUMN next_attempt_at DATETIME(3) NULL DEFAULT CURRENT_TIMESTAMP(3) AFTER attempts,
    ADD COLUMN trying_since    DATETIME(3) NULL DEFAULT CURRENT_TIMESTAMP(3) AFTER next_attempt_at,
    ADD COLUMN dead_at         DATETIME(3) NULL AFTER trying_since;

-- Mails abandoned by the old limit of 20 attempts are pending again; those older than the give-up
-- time become dead letters after one more attempt, so administrators see them.
UPDATE mail_outbox SET trying_since = created_at;
UPDATE mail_outbox SET next_attempt_at = created_at WHERE sent_at IS NULL;
ALTER TABLE mail_outbox MODIFY trying_since DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

CREATE INDEX ix_mail_due ON mail_outbox (sent_at, dead_at, next_attempt_at);
CREATE INDEX ix_mail_dead ON mail_outbox (dead_at);

-- A request from a municipality without a centre: when the administrators were last told, so that
-- they are told again each deadline period until a centre is set.
ALTER TABLE help_request
    ADD COLUMN unrouted_alerted_at DATETIME(3) NULL AFTER escalated_at;
