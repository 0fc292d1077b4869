-- The gazetteer file says what each settlement is the administrative centre of (issue #10, places):
-- 'municipality' (its municipal district or okrug), 'settlement' (an urban or rural settlement,
-- поселение), or NULL. Demo data and routing still find a municipality's centre by the id
-- '<municipality>/centre' of the first reference data.
ALTER TABLE settlement ADD COLUMN centre VARCHAR(16) NULL;
