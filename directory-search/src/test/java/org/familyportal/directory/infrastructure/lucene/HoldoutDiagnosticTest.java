package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.TopicSynonym;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Held-out sets (branch holdout): for every query, its lemmas, the kinds of help its words name
 * (TopicSynonyms, WordSynonyms) and the danger phrase it matches, printed to read a failure's cause.
 * Asserts nothing.
 */
class HoldoutDiagnosticTest {

    private static final Pattern ENTRY = Pattern.compile("\\('([^']*)', '([^']*)', UTC_TIMESTAMP");

    @Test
    void printsHowTheHeldOutQueriesAreRead() throws Exception {
        List<TopicSynonym> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration/directory"))) {
            for (Path p : files.sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                int at = text.indexOf("INSERT INTO topic_synonym");
                while (at >= 0) {
                    int end = text.indexOf(";", at);
                    Matcher m = ENTRY.matcher(text.substring(at, end));
                    while (m.find()) {
                        entries.add(new TopicSynonym(entries.size() + 1, m.group(1), m.group(2), Instant.EPOCH, "test"));
                    }
                    at = text.indexOf("INSERT INTO topic_synonym", end);
                }
            }
        }
        try (Lemmas lemmas = new Lemmas()) {
            TopicSynonyms synonyms = TopicSynonyms.of(entries, lemmas::of);
            WordSynonyms phrases = WordSynonyms.of(entries, lemmas::words, lemmas::of);
            DangerPhrases danger = DangerPhrases.of(DangerPhrasesTest.seeded(), DangerPhrasesTest.seededOrdinary());
            for (String set : List.of("holdout-danger.tsv", "holdout-demo.tsv")) {
                for (String line : lines(set)) {
                    String[] cells = line.split("\t");
                    String q = set.startsWith("holdout-danger") ? cells[1] : cells[0];
                    String label = set.startsWith("holdout-danger") ? cells[0] : "everyday";
                    List<String> forms = lemmas.of(q);
                    List<String> topics = new ArrayList<>();
                    forms.forEach(f -> synonyms.of(f).forEach(t -> topics.add(f + "=" + t)));
                    WordSynonyms.Reading reading = phrases.read(q, lemmas.words(q), synonyms::crisis);
                    System.out.println("DIAG\t" + label + "\t" + q + "\tlemmas=" + forms + "\twords=" + topics
                            + "\tphrases=" + reading.topics() + " also=" + reading.also() + " text=" + reading.text()
                            + "\tdanger=" + danger.match(q).orElse("-") + "\tmasked=" + danger.withoutOrdinary(q));
                }
            }
        }
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = HoldoutDiagnosticTest.class.getResourceAsStream("/judged/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
