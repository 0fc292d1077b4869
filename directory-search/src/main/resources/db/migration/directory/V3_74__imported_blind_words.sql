-- The parents' words a blind everyday set for the imported directory (judged/imported-blind.tsv,
-- written by reading only the directory's services, session 12) found missing, each mapped to the
-- words services of any directory use for the same help (a directory imported without our taxonomy
-- is found by its own words): a canteen or a soup kitchen for free meals; nothing to wear, a child who
-- grew out of everything, a newborn's layette; food put as "кушать нечего", a late salary, porridge
-- and milk for a baby; sounds a child cannot say (a speech therapist's work); homework; reading and
-- books, weekends and free time, a child bored in summer, art and other hobbies in English; the management company
-- ("управляйка", "УК"), complaints and a deputy's reception; a notary (a lawyer's question);
-- vaccination; a social worker in English; remote work; adoptive parents and guardians to be;
-- residence permits; foreigners and expats; fights, jealousy between children, in-laws, no common
-- language with a child; retraining in English. Same format as V3_13 (words; topics: terms, words to
-- also find, "same"). And ordinary sayings with a danger word (V3_70's kind "ordinary"): debts that
-- "strangle", a child who "режется в игры".
INSERT INTO danger_phrase (phrase, kind, last_modified, modified_by) VALUES
    ('кредиты душат', 'ordinary', UTC_TIMESTAMP(3), 'migration'),
    ('душат кредиты', 'ordinary', UTC_TIMESTAMP(3), 'migration'),
    ('долги душат', 'ordinary', UTC_TIMESTAMP(3), 'migration'),
    ('душат долги', 'ordinary', UTC_TIMESTAMP(3), 'migration'),
    ('ипотека душит', 'ordinary', UTC_TIMESTAMP(3), 'migration'),
    ('душит ипотека', 'ordinary', UTC_TIMESTAMP(3), 'migration'),
    ('режется в игры', 'ordinary', UTC_TIMESTAMP(3), 'migration'),
    ('режутся в игры', 'ordinary', UTC_TIMESTAMP(3), 'migration'),
    ('резаться в игры', 'ordinary', UTC_TIMESTAMP(3), 'migration');

INSERT INTO topic_synonym (words, topics, last_modified, modified_by) VALUES
    ('столовая, бесплатная столовая, трапезная, горячий обед, бесплатный обед, обед, обеды, пообедать, soup kitchen, free meals, free meal, hot meal, hot meals', 'обед, обеды, горячее питание, трапезная, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('кушать нечего, нечего кушать, есть нечего, нечего покушать, нечем накормить, пустой холодильник, холодильник пустой, зарплату задерживают, задерживают зарплату, не платят зарплату, не выплатили зарплату', 'продуктовый набор, продукты, материальная помощь, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('каша, каши, молочка, молочные продукты, детская смесь, смесь, пюре для малыша, детское питание, baby food, formula, baby formula', 'детское питание, продукты, baby formula, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('не в чем ходить, не в чем идти, нечего надеть, нечего одеть, не во что одеть, вырос из одежды, выросла из одежды, выросли из одежды, выросли из всего, вырос из всего, куртка, сапоги, ботинки, шапка, пуховик, комбинезон, clothes, clothing, second hand', 'одежда, обувь, детская одежда, детские вещи, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('приданое, приданое для малыша, приданое для новорожденного, вещи для малыша, все для новорожденного, layette, newborn things, baby things', 'вещи для новорожденного, детские вещи, коляска, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('не выговаривает, выговаривать, картавит, картавость, шепелявит, звуки, поставить звуки, постановка звуков, дикция, речь, развитие речи, заикается, заикание, speech, stutter, stuttering', 'логопед, нарушения речи, category:early-intervention', UTC_TIMESTAMP(3), 'migration'),
    ('домашка, домашку, домашки, домашкой, домашке, домашнее задание, домашние задания, делать уроки, уроки, подтянуть по учебе, отстает в школе, отстает по русскому, отстает по математике, плохие оценки, двойки, репетитор, homework, tutor, tutoring', 'помощь с уроками, занятия со школьниками, category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('почитать, читать, чтение, книжки, книги, книга, библиотека, читать с ребенком, reading, books, library', 'same, чтение, библиотека, reading, library, category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('выходные с ребенком, выходные с детьми, куда сходить с ребенком, куда пойти с ребенком, чем заняться с ребенком, досуг, свободное время, после школы, после уроков, хобби, увлечение, weekend with kids, things to do with kids, after school, hobby, hobbies', 'кружки, секции, чтение, клуб, category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('скучно летом, летом скучно, скучает летом, чем заняться летом, чем занять летом, занять ребенка летом, куда деть летом, летний отдых, отдых летом, bored in summer, summer break, summer holidays', 'каникулы, отдых, лагерь, летняя смена, category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('art, art classes, art class, drawing, painting, dance, dancing, robotics, chess, activities for kids, clubs for kids', 'рисование, танцы, робототехника, шахматы, кружки, category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('управляйка, ук, управляющая компания, коммунальщики, жэк, жкх не делает, ремонт в подъезде, протекает крыша, не делают ремонт, management company', 'управляющая компания, жилищные вопросы, юрист, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('жалоба, пожаловаться, написать жалобу, подать жалобу, обращение, написать обращение, депутат, приемная депутата, complaint', 'обращение, составление обращений, общественная приемная, приём граждан, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('нотариус, доверенность, notary', 'юрист, консультация юриста, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('прививка, прививки, вакцинация, вакцина, привить, сделать прививку, vaccination, vaccine, vaccinations, immunisation, immunization', 'same, детский врач, педиатр, category:health', UTC_TIMESTAMP(3), 'migration'),
    ('social worker, social services, caseworker, family support worker, family support', 'социальный работник, сопровождение семей, category:social-support', UTC_TIMESTAMP(3), 'migration'),
    ('удаленка, удаленно, на удаленке, работа из дома, фриланс, remote work, work from home, remote job', 'удаленная работа, подработка, гибкий график, category:employment', UTC_TIMESTAMP(3), 'migration'),
    ('retraining, new profession, new career, vocational training, cv, resume, job search, vacancies, job for mothers', 'обучение новой профессии, резюме, вакансии, трудоустройство, category:employment', UTC_TIMESTAMP(3), 'migration'),
    ('усыновитель, усыновители, усыновить, усыновление, стать опекуном, опекун, стать приемной семьей, стать приемными родителями, взять ребенка в семью, adopt, adoption, foster, fostering', 'школа приемных родителей, приемные родители, опека, усыновление, category:substitute-family-support', UTC_TIMESTAMP(3), 'migration'),
    ('вид на жительство, внж, рвп, гражданство, миграционный учет, патент, residence permit, citizenship', 'residence permit, помощь с документами, мигранты, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('иностранка, иностранец, иностранцы, иностранный, экспат, экспаты, приезжие, foreigner, foreigners, expat, expats, immigrant, immigrants', 'expat, foreign, мигранты, семьи мигрантов', UTC_TIMESTAMP(3), 'migration'),
    ('драться, дерется, дерутся, драка, кусается, кусаться, обижает детей, толкается', 'трудности в поведении, поведение ребенка, психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('ревность, ревнует, ревновать, детская ревность, ревнует к младшему, дети ссорятся, брат и сестра ссорятся, sibling rivalry, jealous', 'трудности в поведении, семейный психолог, детско-родительские отношения, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('свекровь, теща, тесть, свекор, родственники мужа, родня, лезет в семью, вмешивается в семью, in-laws, mother-in-law', 'конфликты в семье, семейный психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('общий язык, найти общий язык, не понимает меня, отношения с ребенком, отношения с дочерью, отношения с сыном, контакт с ребенком, договориться с ребенком', 'договориться с ребенком, сохранить контакт, детско-родительские отношения, психолог, category:psychological-help, category:parents-school', UTC_TIMESTAMP(3), 'migration');
