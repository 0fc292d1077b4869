package org.familyportal.content.application.measure;

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
import org.familyportal.content.domain.measure.DemoMeasureSource;
import org.familyportal.content.domain.measure.MeasureRepository;
import org.familyportal.content.domain.measure.SupportMeasure;

/**
 * With {@code portal.demo-data} on, the demo catalogue of support measures (marked as demo) is added
 * on start: each measure once, by its code, so an editor's changes are never overwritten.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoMeasures {

    @Inject
    Writer writer;

    @Inject
    DemoContent demo;

    @PostConstruct
    void loadOnce() {
        demo.storeOnStart(DemoMeasures.class, "Demo support measures", writer::addMissing);
    }

    /** Adds the demo measures whose code is not in the catalogue yet, in one transaction. */
    @ApplicationScoped
    public static class Writer {

        @Inject
        DemoMeasureSource source;

        @Inject
        MeasureRepository measures;

        @Transactional
        public int addMissing() {
            int added = 0;
            for (SupportMeasure measure : source.measures()) {
                if (measures.find(measure.getCode()).isEmpty()) {
                    measures.add(measure);
                    added++;
                }
            }
            return added;
        }
    }
}
