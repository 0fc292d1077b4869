-- More of the parents' words (issue #10): everyday needs as parents put them (money for the flat and
-- the kindergarten, things for the baby, school, behaviour and screens, drinking and gambling at
-- home, mood after birth, diagnoses by their common names, work on the side, quarrels), and the same
-- needs in English, so that English queries reach services described in Russian through the
-- taxonomy terms and the Russian words they mean. Same format as V3_13 (words; topics: terms, words
-- to also find, "same"). Other phrasings of each need are checked in EverydayNeedsTest.
INSERT INTO topic_synonym (words, topics, last_modified, modified_by) VALUES
    ('субсидия, компенсация, коммуналка, коммунальные услуги, квартплата, жкх, путевка, санаторий, оздоровление', 'меры поддержки, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('задолжать, задолженность, долг за квартиру, нечем платить за квартиру, не можем оплатить квартиру', 'юридическая консультация, category:benefits-advice, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('выселение, съемная квартира, съемное жилье, снимаем квартиру, хозяин квартиры, жилищный вопрос', 'жилье, юрист, category:legal-aid, category:social-support', UTC_TIMESTAMP(3), 'migration'),
    ('денег нет, денег не хватает, не хватает на еду, голодный, голодать, не на что купить', 'продуктовый набор, материальная помощь, category:humanitarian-aid, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('подгузник, памперсы, коляска, обувь, кроватка, автокресло, зимняя одежда, детские вещи', 'детские вещи, одежда, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('подработка, подработать, заработок, заработать, работа на дому, удаленная работа', 'трудоустройство, category:employment', UTC_TIMESTAMP(3), 'migration'),
    ('одноклассники обижают, обижают одноклассники, издеваются в школе, издеваются одноклассники, дразнят в школе, нет друзей в классе', 'психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('не хочет ходить в школу, не хочет учиться, отказывается ходить в школу, боится школы, школьная тревожность', 'психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('подготовка к школе, подготовить к школе, будущий первоклассник, дошкольник', 'занятия для детей, category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('плохая компания, дурная компания, связался с плохой компанией, попал в плохую компанию', 'наставник, психолог, category:psychological-help, category:mentoring', UTC_TIMESTAMP(3), 'migration'),
    ('старший друг, старший товарищ, взрослый друг, big brother, big sister', 'наставник, category:mentoring', UTC_TIMESTAMP(3), 'migration'),
    ('играть в компьютер, играть в телефон, сидеть в телефоне, компьютерные игры, компьютерная зависимость, гаджеты, гаджет', 'психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('воспитывать без крика, без крика, кричу на ребенка, срываюсь на ребенка, воспитание, воспитывать', 'школа родителей, детско-родительские отношения, category:parents-school, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('выпивать, пьянство, бухать, жена выпивает, муж выпивает', 'зависимость, алкоголизм, category:addiction-help', UTC_TIMESTAMP(3), 'migration'),
    ('игромания, лудомания, азартные игры, ставки на спорт, игровая зависимость', 'зависимость, category:addiction-help, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('депрессия, послеродовая депрессия, тревожность, выгорание, апатия, нет сил', 'психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('сдвг, гиперактивный, гиперактивность, дефицит внимания', 'психолог, category:psychological-help, audience:children-with-disabilities', UTC_TIMESTAMP(3), 'migration'),
    ('синдром дауна, даун, дцп, задержка развития, отставание в развитии, вмешательство, раннее вмешательство', 'ранняя помощь, особенности развития, category:early-intervention, audience:children-with-disabilities', UTC_TIMESTAMP(3), 'migration'),
    ('шпр, школа приемных родителей', 'same, category:substitute-family-support', UTC_TIMESTAMP(3), 'migration'),
    ('ссора, ссориться, ругаться, ссоры с мужем, ругаемся с мужем, конфликт с мужем, отношения с мужем', 'семейный психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('соцконтракт, социальный контракт', 'same, category:employment, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('замкнуться, замкнутый, ни с кем не общается, не общается со сверстниками, нет друзей', 'психолог, category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('money, cash, financial help, financial support, money help', 'материальная помощь, category:benefits-advice, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('single mum, single mom, single mam, lone parent, lone mother', 'audience:single-parent, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('social contract', 'социальный контракт, category:employment, category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('stroller, pram, pushchair, diapers, nappies, baby clothes, shoes, cot, car seat', 'детские вещи, коляска, category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('housing, rent, evicted, eviction, landlord, utility bills, utilities', 'жилье, category:benefits-advice, category:legal-aid, category:social-support', UTC_TIMESTAMP(3), 'migration'),
    ('child support, maintenance payments, ex husband, ex-husband', 'алименты, category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('development delay, developmental delay, delayed development, down syndrome, cerebral palsy, adhd, hyperactive', 'early intervention, category:early-intervention, audience:children-with-disabilities', UTC_TIMESTAMP(3), 'migration'),
    ('depression, postpartum depression, postnatal depression, anxiety', 'category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('gambling, gaming addiction, screen time', 'category:addiction-help, category:psychological-help', UTC_TIMESTAMP(3), 'migration');
