-- Parents' words as data (issue #10): besides taxonomy terms, an entry of topic_synonym may now name
-- other words and phrases its words also find (plain items among the topics), "same" (the words mean
-- the same: each finds the others), or "stop" alone (pleas left out of a query before matching:
-- "помогите найти психолога" is read as "психолога"). Words may be short phrases ("нет денег").
-- Written from how parents ask (the seeds of /work/shared, the judged queries), in Russian and English.
-- No change of the tables: topics already holds comma-separated items.
INSERT INTO topic_synonym (words, topics, last_modified, modified_by) VALUES
    ('помогите, помогите пожалуйста, помогите найти, хочу найти, нужно найти, надо найти, подскажите, подскажите пожалуйста, пожалуйста, где найти, где можно найти, как найти, ищу, куда обратиться, куда можно обратиться, к кому обратиться, срочно нужен, срочно нужна, срочно нужно, нужна помощь, посоветуйте', 'stop', UTC_TIMESTAMP(3), 'migration'),
    ('help me, help me find, please help, please, where can i find, where to find, how to find, i need, we need, looking for, who can help', 'stop', UTC_TIMESTAMP(3), 'migration'),
    ('юрист, правовая помощь, юридическая помощь, юридическая консультация, бесплатный юрист', 'same, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('lawyer, legal aid, legal advice, free lawyer', 'same, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('развод, расторжение брака, развестись, раздел имущества', 'same, алименты, семейный юрист, category:legal-aid, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('divorce, divorcing, separation, custody', 'alimony, family lawyer, category:legal-aid, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('нет денег, нечего есть, не на что жить, не хватает денег, нечем кормить, нечем кормить детей, голодаем, малоимущие, бедность', 'продуктовый набор, материальная помощь, гуманитарная помощь, социальный контракт, category:humanitarian-aid, category:benefits-advice, audience:difficult-situation', UTC_TIMESTAMP(3), 'migration'),
    ('no money, nothing to eat, cannot afford food, hungry, low income, poverty', 'food, food parcels, financial help, humanitarian aid, category:humanitarian-aid, category:benefits-advice, audience:difficult-situation', UTC_TIMESTAMP(3), 'migration'),
    ('муж пьет, отец пьет, мама пьет, мать пьет, жена пьет, пьющий муж, пьющий отец, запой, алкоголик, алкоголизм, созависимость', 'зависимость, алкоголизм, созависимость, category:addiction-help', UTC_TIMESTAMP(3), 'migration'),
    ('husband drinks, father drinks, mother drinks, drinking problem, alcoholic, alcoholism, codependency', 'addiction, alcohol, category:addiction-help', UTC_TIMESTAMP(3), 'migration'),
    ('аутизм, РАС, аутист, аутистический, расстройство аутистического спектра', 'same, особые дети, category:early-intervention, audience:children-with-disabilities', UTC_TIMESTAMP(3), 'migration'),
    ('autism, autistic, ASD', 'same, special needs, category:early-intervention, audience:children-with-disabilities', UTC_TIMESTAMP(3), 'migration'),
    ('не слушается, не слушаются, непослушный, непослушание, истерика, капризы, плохое поведение, грубит, трудный ребенок, трудный подросток, ребенок плачет, ребенок кричит, постоянно плачет, не спит по ночам', 'детско-родительские отношения, поведение, психолог, category:psychological-help, category:parents-school', UTC_TIMESTAMP(3), 'migration'),
    ('disobedient, tantrums, behaviour problems, behavior problems, will not listen, does not listen', 'parenting, behaviour, psychologist, category:psychological-help, category:parents-school', UTC_TIMESTAMP(3), 'migration'),
    ('не говорит, не разговаривает, плохо говорит, задержка речи, ЗРР', 'логопед, дефектолог, ранняя помощь, category:early-intervention', UTC_TIMESTAMP(3), 'migration'),
    ('does not talk, speech delay, late talker', 'speech therapist, early intervention, category:early-intervention', UTC_TIMESTAMP(3), 'migration'),
    ('ребенок-инвалид, особый ребенок, особенный ребенок, ребенок с ОВЗ, инвалидность', 'same, реабилитация, category:early-intervention, audience:children-with-disabilities', UTC_TIMESTAMP(3), 'migration'),
    ('нет работы, потеряла работу, потерял работу, уволили, безработный, безработица', 'трудоустройство, центр занятости, социальный контракт, category:employment', UTC_TIMESTAMP(3), 'migration'),
    ('lost my job, unemployed, unemployment, no job', 'employment, job centre, category:employment', UTC_TIMESTAMP(3), 'migration'),
    ('мать-одиночка, одинокая мама, одна воспитываю, мама одна, одна с ребенком, одна с детьми, отец-одиночка, single mother, single mom, single father, single parent', 'пособие, материальная помощь, audience:single-parent, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('детские деньги, материнский капитал, маткапитал, единое пособие, выплаты на детей', 'пособие, выплата, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('child benefit, child allowance, maternity capital', 'benefits, allowance, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('долги, кредит, коллекторы, банкротство', 'юридическая консультация, финансовая грамотность, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('приемная семья, приемный ребенок, взять ребенка из детдома, опекунство', 'опека, школа приемных родителей, category:substitute-family-support, audience:substitute-family', UTC_TIMESTAMP(3), 'migration'),
    ('психологическая помощь, психологическая консультация, семейный психолог, детский психолог', 'same, психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('поесть, покушать, накормить детей, бесплатная еда, горячее питание', 'еда, обед, питание, продуктовый набор, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('не ходит в школу, прогуливает школу, прогулы, травля, травят, дразнят, буллинг, обижают в школе', 'психолог, социальное сопровождение, category:psychological-help, category:social-support', UTC_TIMESTAMP(3), 'migration'),
    ('bullying, skips school, will not go to school', 'psychologist, category:psychological-help, category:social-support', UTC_TIMESTAMP(3), 'migration'),
    ('ссоры в семье, конфликт в семье, не понимаем друг друга, ругаемся', 'семейный психолог, медиация, category:psychological-help', UTC_TIMESTAMP(3), 'migration');
