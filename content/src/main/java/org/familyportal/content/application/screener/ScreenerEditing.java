package org.familyportal.content.application.screener;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.content.application.port.ContentCaller;
import org.familyportal.content.application.port.ContentRole;
import org.familyportal.content.domain.screener.MeasureRules;
import org.familyportal.content.domain.screener.Parameter;
import org.familyportal.content.domain.screener.ParameterValue;
import org.familyportal.content.domain.screener.Rule;
import org.familyportal.content.domain.screener.RuleFormatException;
import org.familyportal.content.domain.screener.RuleJson;
import org.familyportal.content.domain.screener.RuleSet;
import org.familyportal.content.domain.screener.ScreenerRepository;
import org.familyportal.content.domain.screener.TestHousehold;
import org.familyportal.content.domain.screener.TestHouseholdEntry;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The editors' use cases (EDITOR or ADMIN): new values of parameters from a date, drafts of rules
 * checked as they are saved, test households, running the tests, and publishing. A draft whose test
 * households fail is published only when the editor confirms having seen the failures.
 */
@ApplicationScoped
public class ScreenerEditing {

    @Inject
    ContentCaller caller;

    @Inject
    ScreenerRepository repository;

    @Inject
    ScreenerRules rules;

    private final Clock clock = Clock.systemUTC();

    private String editor() {
        return caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
    }

    public List<MeasureRules> measures() {
        editor();
        return repository.rules();
    }

    public List<ParameterValue> parameters() {
        editor();
        return repository.parameters();
    }

    public List<TestHouseholdEntry> households() {
        editor();
        return repository.households();
    }

    /**
     * A new value of a parameter (for its region and zone) from a date: the value in force until then
     * ends the day before. Screening uses it from its date on, at once.
     */
    @Transactional
    public void addParameterValue(Parameter p) {
        String by = editor();
        for (ParameterValue v : repository.parameters()) {
            if (v.sameSeries(p)) {
                v.endBefore(p.effectiveFrom());
            }
        }
        repository.add(new ParameterValue(p, by, LocalDateTime.now(clock), false));
        rules.forget();
    }

    /** The text an editor edits: the draft, else the published rule. */
    public String ruleText(String code) {
        editor();
        MeasureRules r = stored(code);
        return r.draftJson() != null ? r.draftJson() : r.publishedJson();
    }

    /** Keeps a draft (refused with a {@link RuleFormatException} when not valid) and runs the tests with it. */
    @Transactional
    public TestReport saveDraft(String code, String text) {
        String by = editor();
        Rule rule = RuleJson.readRule(text);
        if (!rule.code().equals(code)) {
            throw new RuleFormatException("rule.code", "the code stays " + code);
        }
        stored(code).draft(rule, by, LocalDateTime.now(clock));
        return test(Map.of(code, rule));
    }

    @Transactional
    public void discardDraft(String code) {
        editor();
        stored(code).discardDraft();
    }

    /** Runs every test household with the published rules, drafts taking the place of their rules. */
    public TestReport runTests() {
        editor();
        Map<String, Rule> drafts = new HashMap<>();
        for (MeasureRules r : repository.rules()) {
            if (r.draftJson() != null) {
                drafts.put(r.code(), RuleJson.readRule(r.draftJson()));
            }
        }
        return test(drafts);
    }

    /**
     * Publishes a measure's draft. When test households fail with it, publishing needs
     * {@code failuresSeen}: otherwise {@link PublishingRefused} carries the failures to show.
     */
    @Transactional
    public void publish(String code, boolean failuresSeen) {
        String by = editor();
        MeasureRules r = stored(code);
        if (r.draftJson() == null) {
            throw new IllegalStateException("nothing to publish");
        }
        TestReport report = test(Map.of(code, RuleJson.readRule(r.draftJson())));
        if (!report.passed() && !failuresSeen) {
            throw new PublishingRefused(report);
        }
        r.publish(by, LocalDateTime.now(clock));
        rules.forget();
    }

    /** Adds ({@code id == null}) or changes a test household from its JSON text. */
    @Transactional
    public void saveHousehold(Long id, String text) {
        String by = editor();
        TestHousehold h = RuleJson.readTestHousehold(text);
        if (id == null) {
            repository.add(new TestHouseholdEntry(h, by, LocalDateTime.now(clock), false));
        } else {
            repository.household(id).orElseThrow(NoSuchElementException::new).change(h, by, LocalDateTime.now(clock));
        }
    }

    @Transactional
    public void deleteHousehold(long id) {
        editor();
        repository.household(id).ifPresent(repository::remove);
    }

    private TestReport test(Map<String, Rule> replacing) {
        List<TestHousehold> households = repository.households().stream().map(TestHouseholdEntry::toTestHousehold).toList();
        RuleSet set = rules.published(households, replacing);
        return new TestReport(households.size(), set.runTests(rules.nearMargin()));
    }

    private MeasureRules stored(String code) {
        return repository.rule(code).orElseThrow(() -> new NoSuchElementException("no rule for " + code));
    }
}
