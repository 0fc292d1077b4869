package org.familyportal.content.application.screener;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.content.application.demo.DemoContent;
import org.familyportal.content.domain.screener.MeasureRules;
import org.familyportal.content.domain.screener.ParameterValue;
import org.familyportal.content.domain.screener.RuleJson;
import org.familyportal.content.domain.screener.RuleSet;
import org.familyportal.content.domain.screener.ScreenerRepository;
import org.familyportal.content.domain.screener.TestHouseholdEntry;
import org.familyportal.content.domain.screener.ZoneEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * With {@code portal.demo-data} on, the screener's demo rules, parameters, zones and test households
 * (the resource {@value #RESOURCE}, which the build's tests also run) are stored once, marked as demo,
 * when no rule is stored yet.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoScreenerRules {

    public static final String RESOURCE = "/org/familyportal/content/screener/demo-rules.json";
    static final String DEMO_AUTHOR = "demo";

    @Inject
    Writer writer;

    @Inject
    DemoContent demo;

    @PostConstruct
    void loadOnce() {
        demo.storeOnStart(DemoScreenerRules.class, "Demo screener rules", () -> writer.load(read()));
    }

    public static RuleSet read() {
        try (InputStream in = DemoScreenerRules.class.getResourceAsStream(RESOURCE)) {
            return RuleJson.readRuleSet(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the demo set in one transaction, when no rule is stored yet. */
    @ApplicationScoped
    public static class Writer {

        @Inject
        ScreenerRepository repository;

        @Inject
        ScreenerRules rules;

        @Transactional
        public int load(RuleSet set) {
            if (!repository.rules().isEmpty()) {
                return 0;
            }
            LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
            set.rules().forEach(r -> repository.add(MeasureRules.published(r, DEMO_AUTHOR, now, true)));
            set.parameters().forEach(p -> repository.add(new ParameterValue(p, DEMO_AUTHOR, now, true)));
            set.zones().forEach(z -> repository.add(new ZoneEntry(z, true)));
            set.households().forEach(h -> repository.add(new TestHouseholdEntry(h, DEMO_AUTHOR, now, true)));
            rules.forget();
            return set.rules().size();
        }
    }
}
