package org.familyportal.portal.provider;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The providers' context, its layers checked on its compiled classes (the packages {@code ..provider}
 * of each layer): its domain depends on no layer above; its use cases never reach its persistence nor
 * run queries (they go through {@code ProviderMembershipRepository}; the platform's mail outbox, like
 * its audit trail, is a service they call); its persistence never reaches up; nothing depends on the
 * WAR's interfaces; no cycles.
 */
class ArchitectureTest {

    private static final String DOMAIN = "org.familyportal.portal.domain.provider..";
    private static final String APPLICATION = "org.familyportal.portal.application.provider..";
    private static final String PERSISTENCE = "org.familyportal.portal.infrastructure.persistence.provider..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.familyportal.portal.domain.provider", "org.familyportal.portal.application.provider",
                        "org.familyportal.portal.infrastructure.persistence.provider");
    }

    @Test
    void theDomainDependsOnNoLayerAbove() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.familyportal.portal.application..",
                        "org.familyportal.portal.infrastructure..", "..interfaces..")
                .check(classes);
    }

    @Test
    void useCasesGoThroughTheRepository() {
        noClasses().that().resideInAPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, "org.familyportal.portal.infrastructure.persistence..")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(Query.class)
                .orShould().dependOnClassesThat().areAssignableTo(Connection.class)
                .check(classes);
    }

    @Test
    void thePersistenceNeverReachesUp() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage("org.familyportal.portal.application..", "..interfaces..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheWar() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.familyportal.portal.interfaces..")
                .check(classes);
    }

    @Test
    void noCycles() {
        slices().matching("org.familyportal.portal.(*).(**)").should().beFreeOfCycles().check(classes);
    }
}
