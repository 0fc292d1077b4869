-- The words parents use for kinds of help and audiences, mapped to the taxonomy terms services are
-- tagged with: a query word listed here also finds the services tagged with those terms, ranked
-- up. "crisis" instead of terms: crisis lines and shelters first, emergency numbers shown.
-- Editable data: administrators keep it at /admin/synonyms.xhtml; search picks changes up at once.
CREATE TABLE topic_synonym (
    id            INT           NOT NULL AUTO_INCREMENT,
    words         VARCHAR(1000) NOT NULL COMMENT 'comma-separated words (any form: they are reduced to lemmas)',
    topics        VARCHAR(500)  NOT NULL COMMENT 'comma-separated dimension:code terms, or crisis',
    last_modified DATETIME(3)   NOT NULL,
    modified_by   VARCHAR(254)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of the list: who, when, and the entry before and after.
CREATE TABLE topic_synonym_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    synonym_id    INT           NOT NULL,
    action        VARCHAR(16)   NOT NULL COMMENT 'added, changed or removed',
    words_before  VARCHAR(1000) NULL,
    topics_before VARCHAR(500)  NULL,
    words_after   VARCHAR(1000) NULL,
    topics_after  VARCHAR(500)  NULL,
    changed_at    DATETIME(3)   NOT NULL,
    changed_by    VARCHAR(254)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_topic_synonym_change_at (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The list as it shipped (formerly search/topic-synonyms.txt). English words reach services
-- described in Russian through their topics.
INSERT INTO topic_synonym (words, topics, last_modified, modified_by) VALUES
    ('психолог, психология, психотерапевт, психологический', 'category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('юрист, адвокат, юридический, правовой, алименты', 'category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('продукты, одежда, вещи, гуманитарный, еда', 'category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('логопед, дефектолог, инвалидность, овз', 'category:early-intervention, audience:children-with-disabilities', UTC_TIMESTAMP(3), 'migration'),
    ('опека, опекун, приемный, усыновление', 'category:substitute-family-support, audience:substitute-family', UTC_TIMESTAMP(3), 'migration'),
    ('приют, насилие, кризисный, убежище', 'category:crisis-shelter', UTC_TIMESTAMP(3), 'migration'),
    ('алкоголь, наркотик, зависимость', 'category:addiction-help', UTC_TIMESTAMP(3), 'migration'),
    ('курс, вебинар, занятие', 'category:parents-school', UTC_TIMESTAMP(3), 'migration'),
    ('телефон, горячий, доверие', 'category:hotline', UTC_TIMESTAMP(3), 'migration'),
    ('работа, трудоустройство, вакансия', 'category:employment', UTC_TIMESTAMP(3), 'migration'),
    ('врач, поликлиника, здоровье', 'category:health', UTC_TIMESTAMP(3), 'migration'),
    ('кружок, секция, лагерь', 'category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('наставник', 'category:mentoring', UTC_TIMESTAMP(3), 'migration'),
    ('выезд, бригада', 'category:mobile-team', UTC_TIMESTAMP(3), 'migration'),
    ('пособие, выплата, льгота', 'category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('многодетный', 'audience:large-family', UTC_TIMESTAMP(3), 'migration'),
    ('подросток', 'audience:teenagers', UTC_TIMESTAMP(3), 'migration'),
    ('беременный, беременность', 'audience:pregnant', UTC_TIMESTAMP(3), 'migration'),
    ('psychologist, psychologists, psychology, counselling, counseling, therapist', 'category:psychological-help', UTC_TIMESTAMP(3), 'migration'),
    ('lawyer, lawyers, legal, law, alimony', 'category:legal-aid', UTC_TIMESTAMP(3), 'migration'),
    ('food, clothes, clothing, humanitarian', 'category:humanitarian-aid', UTC_TIMESTAMP(3), 'migration'),
    ('speech, disability, disabilities, disabled', 'category:early-intervention, audience:children-with-disabilities', UTC_TIMESTAMP(3), 'migration'),
    ('foster, adoption, guardian, guardianship', 'category:substitute-family-support, audience:substitute-family', UTC_TIMESTAMP(3), 'migration'),
    ('shelter, violence, abuse', 'category:crisis-shelter', UTC_TIMESTAMP(3), 'migration'),
    ('addiction, alcohol, drugs', 'category:addiction-help', UTC_TIMESTAMP(3), 'migration'),
    ('parenting, course, courses, webinar, webinars', 'category:parents-school', UTC_TIMESTAMP(3), 'migration'),
    ('hotline, helpline, phone', 'category:hotline', UTC_TIMESTAMP(3), 'migration'),
    ('job, jobs, employment, work', 'category:employment', UTC_TIMESTAMP(3), 'migration'),
    ('doctor, health, clinic', 'category:health', UTC_TIMESTAMP(3), 'migration'),
    ('clubs, leisure, camp, camps', 'category:education-leisure', UTC_TIMESTAMP(3), 'migration'),
    ('mentor, mentoring, mentors', 'category:mentoring', UTC_TIMESTAMP(3), 'migration'),
    ('benefits, allowance, payments', 'category:benefits-advice', UTC_TIMESTAMP(3), 'migration'),
    ('teenager, teenagers, teen, teens', 'audience:teenagers', UTC_TIMESTAMP(3), 'migration'),
    ('pregnant, pregnancy', 'audience:pregnant', UTC_TIMESTAMP(3), 'migration'),
    ('насилие, избивать, бить, суицид, самоубийство, угроза, выгнать, опасность, violence, suicide, danger', 'crisis', UTC_TIMESTAMP(3), 'migration');
