-- More of the parents' words (issue #10), from phrasings written blind to the judged sets (the block
-- "words (session 8)" at the end of judged/demo.tsv, imported.tsv and danger.tsv): a parent who took
-- the child and does not give it back, school uniform and satchel (things, and the regions' payments
-- for them), the holidays, a spouse who "went on a binge", gambling away the money, injecting and
-- vaping, a social worker who comes home, stepfamilies, "гуманитарка", English ways of saying
-- drinking and raising children; and danger phrases that were
-- missed: forced sex by a husband, a child who swallowed many pills, "i dont want to be alive".
-- Same formats as V3_8 (danger_phrase: phrase, kind) and V3_13 (topic_synonym: words; topics: terms
-- and words to also find). Other phrasings of the same needs are checked in EverydayNeedsTest and
-- DangerPhrasesTest. Still read as danger, knowingly: "выпить все таблетки по курсу" (a course of
-- medicine), and "коллекторы угрожают" (V3_8's "угрожать"): missing an overdose or a threat costs more.
INSERT INTO danger_phrase (phrase, kind, last_modified, modified_by) VALUES
    ('принуждать к сексу', 'sexual-abuse', UTC_TIMESTAMP(3), 'migration'),
    ('принудить к сексу', 'sexual-abuse', UTC_TIMESTAMP(3), 'migration'),
    ('принуждать к близости', 'sexual-abuse', UTC_TIMESTAMP(3), 'migration'),
    ('forced sex', 'sexual-abuse', UTC_TIMESTAMP(3), 'migration'),
    ('forces me to have sex', 'sexual-abuse', UTC_TIMESTAMP(3), 'migration'),
    ('выпить много таблеток', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('выпить все таблетки', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('выпить пачку таблеток', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('отравиться таблетками', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('передозировка', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('took pills', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('swallowed pills', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('dont want to be alive', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('t want to be alive', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('want to be dead', 'suicide', UTC_TIMESTAMP(3), 'migration'),
    ('take my own life', 'suicide', UTC_TIMESTAMP(3), 'migration');

INSERT INTO topic_synonym (words, topics, last_modified, modified_by) VALUES
    ('забрал ребенка, забрала ребенка, забрать ребенка, не отдает ребенка, не отдает детей, увез ребенка, увезла ребенка, не дает видеться с ребенком, не дает видеть ребенка, место жительства ребенка, определить место жительства, порядок общения с ребенком', 'юрист, споры о детях, порядок общения, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('school uniform, school supplies, school bag, schoolbag, backpack for school', 'category:humanitarian-aid, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('школьная форма, форма в школу, ранец, портфель, рюкзак в школу, канцелярия, канцтовары, собрать в школу, собрать ребенка в школу', 'category:humanitarian-aid, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('гуманитарка, вещевая помощь, бесплатные вещи, отдам даром, благотворительная помощь', 'гуманитарная помощь, детские вещи, продуктовый набор, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('каникулы, летние каникулы, летний лагерь, лагерь, отдых детей, детский отдых, занять ребенка, чем занять ребенка, куда деть ребенка, summer camp, school holidays', 'занятия для детей, кружки, category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('запить, запивать, запойный, пьянствовать, алкашка, алкаш, напиваться, пьяный, пить при детях', 'алкоголизм, зависимость, category:addiction-help', UTC_TIMESTAMP(3), 'migration'),
    ('wife drinks, mom drinks, mum drinks, dad drinks, drinks, drinking, drunk, binge', 'алкоголизм, зависимость, category:addiction-help', UTC_TIMESTAMP(3), 'migration'),
    ('игроман, проиграть, проиграл деньги, казино, игровые автоматы, слоты', 'игромания, зависимость, category:addiction-help, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('колоться, колется, наркотики, закладки, спайс, нюхать, вейп, вейпить, парить вейп, курить, курит, drugs, vape, vaping', 'наркомания, зависимость, психолог, category:addiction-help, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('соц работник, социальный работник, приходить на дом, помощь на дому, патронаж, надомное обслуживание', 'соцработник, сопровождение семей, category:social-support, category:mobile-team', UTC_TIMESTAMP(3), 'migration'),
    ('отчим, мачеха, пасынок, падчерица, новый муж, новая жена, новая семья, stepfather, stepmother, stepson, stepdaughter, blended family', 'семейный психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('raise kids, raising kids, raise children, raising children, how to raise, classes for parents, moms and dads, mums and dads', 'школа родителей, category:parents-school', UTC_TIMESTAMP(3), 'migration');
