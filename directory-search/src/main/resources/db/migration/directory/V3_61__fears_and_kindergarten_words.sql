-- A child's fears and a hard start at the kindergarten (issue #10): "ребенок боится ходить в садик"
-- found only shelters that also offer a psychologist, and when shelters not asked for were ranked
-- down on their whole score (ops/README, eleventh sitting) it found only children's clubs. A child
-- psychologist is what parents who write this need. Phrases, not the bare verb "бояться": "боюсь мужа"
-- is danger (V3_8), read before these and never overridden by them.
INSERT INTO topic_synonym (words, topics, last_modified, modified_by) VALUES
    ('боится ходить в садик, боится садика, не хочет ходить в садик, не хочет в садик, плачет в садике, плачет в саду, адаптация к садику, адаптация к детскому саду, адаптация в детском саду, не может привыкнуть к садику, привыкание к садику', 'детский психолог, психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('ребенок боится, ребенок всего боится, детские страхи, ночные страхи, боится темноты, боится оставаться один, тревожный ребенок, тревожность у ребенка', 'детский психолог, психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('afraid of kindergarten, cries at kindergarten, kindergarten adjustment, nursery adjustment, child is afraid, childhood fears, night terrors, anxious child', 'child psychologist, psychologist, category:psychological-help', UTC_TIMESTAMP(3), 'migration');
