package org.familyportal.content.application.screener;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.content.domain.screener.Household;
import org.familyportal.content.domain.screener.MeasureRules;
import org.familyportal.content.domain.screener.ParameterValue;
import org.familyportal.content.domain.screener.Rule;
import org.familyportal.content.domain.screener.RuleSet;
import org.familyportal.content.domain.screener.Screener;
import org.familyportal.content.domain.screener.Screening;
import org.familyportal.content.domain.screener.ScreenerRepository;
import org.familyportal.content.domain.screener.ZoneEntry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Screens a household with the published rules and the parameters in force today. Anyone may
 * screen: the household lives only in the caller's request (nothing is written, nothing logged).
 * The rules are read from the database and kept for a minute (or until an editor changes them here).
 */
@ApplicationScoped
public class ScreenerRules {

    private static final long KEEP_MILLIS = 60_000;

    @Inject
    ScreenerRepository repository;

    @Inject
    @ConfigProperty(name = "portal.screener.near-margin", defaultValue = "0.10")
    BigDecimal nearMargin;

    private final Clock clock = Clock.systemUTC();

    private volatile Loaded loaded;

    private record Loaded(Screener screener, Map<String, Rule> byCode, Instant at) {
    }

    public Screening screen(Household household) {
        return current().screener().screen(household, today());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.ofHours(3)));
    }

    /** The published rule of a measure, or {@code null}. */
    public Rule rule(String code) {
        return current().byCode().get(code);
    }

    public BigDecimal nearMargin() {
        return nearMargin;
    }

    /** Forget what was read, so that the next screening reads the rules and parameters again. */
    public void forget() {
        loaded = null;
    }

    /** The published rules, the parameters and zones, with these test households. */
    RuleSet published(List<org.familyportal.content.domain.screener.TestHousehold> households, Map<String, Rule> replacing) {
        List<Rule> rules = repository.rules().stream().map(r -> replacing.containsKey(r.code()) ? replacing.get(r.code()) : r.publishedRule())
                .filter(Objects::nonNull).toList();
        return new RuleSet(repository.parameters().stream().map(ParameterValue::toParameter).toList(),
                repository.zones().stream().map(ZoneEntry::toZone).toList(), rules, households);
    }

    private Loaded current() {
        Loaded l = loaded;
        Instant now = clock.instant();
        if (l == null || now.isAfter(l.at().plusMillis(KEEP_MILLIS))) {
            RuleSet set = published(List.of(), Map.of());
            l = new Loaded(set.screener(nearMargin),
                    set.rules().stream().collect(Collectors.toMap(Rule::code, Function.identity())), now);
            loaded = l;
        }
        return l;
    }

    /** The rules of the measures, as stored (for tests and editors). */
    List<MeasureRules> stored() {
        return repository.rules();
    }
}
