package org.familyportal.portal.interfaces.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.application.content.SearchableTexts;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the site-wide search's articles and measures in step with what is published, every
 * {@code portal.site-search.refresh-every} (a minute by default). Every server holds its own copy in
 * memory, so this job runs on each (no lease). It starts after the demo measures and articles are
 * loaded: started before them, its first reading found nothing, and on a new server the search
 * answered "nothing found" to every parent until the next turn.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoMeasures", "DemoArticles"})
public class TextsRefresh {

    private static final Logger LOG = Logger.getLogger(TextsRefresh.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SearchableTexts texts;

    @Inject
    @ConfigProperty(name = "portal.site-search.refresh-every", defaultValue = "PT1M")
    Duration every;

    private ScheduledFuture<?> turns;

    @PostConstruct
    void start() {
        turns = scheduler.scheduleWithFixedDelay(this::refresh, 5_000, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (turns != null) {
            turns.cancel(false);
        }
    }

    private void refresh() {
        try {
            texts.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refreshing the site-wide search's texts failed; it tries again", e);
        }
    }
}
