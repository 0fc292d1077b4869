package org.familyportal.content;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The content module's layers and its boundary, checked on its compiled classes (tests aside):
 * <ul>
 *   <li>{@code domain} (articles, support measures, the screener's rules and their repository
 *       interfaces) depends on no other layer;</li>
 *   <li>{@code infrastructure} (JPA repositories, Markdown rendering and sanitizing, images) implements
 *       the domain's interfaces and never reaches up into {@code application};</li>
 *   <li>{@code application} (use cases) never reaches {@code infrastructure}: it goes through the
 *       domain's interfaces, and what it needs from the host (who is calling) through
 *       {@code application.port};</li>
 *   <li>neither the use cases nor the domain run SQL or JPA queries themselves;</li>
 *   <li>nothing in the module depends on the portal's WAR, the directory or the operations tools: the
 *       WAR (pages, REST) composes them;</li>
 *   <li>no cycles, between the layers nor between the packages inside them.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final String MODULE = "org.familyportal.content";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(MODULE);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage(MODULE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULE + ".application..",
                        MODULE + ".infrastructure..", "..interfaces..")
                .check(classes);
    }

    @Test
    void theInfrastructureNeverReachesUp() {
        noClasses().that().resideInAPackage(MODULE + ".infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULE + ".application..", "..interfaces..")
                .check(classes);
    }

    @Test
    void useCasesNeverReachTheInfrastructure() {
        noClasses().that().resideInAPackage(MODULE + ".application..")
                .should().dependOnClassesThat().resideInAPackage(MODULE + ".infrastructure..")
                .check(classes);
    }

    /**
     * No SQL in the use cases nor in the domain: statements and queries run in the gateways and
     * repositories of {@code infrastructure} (JDBC, JPA) behind the domain's interfaces. (The domain
     * may carry JPA's mapping annotations; it may not query.)
     */
    @Test
    void useCasesAndTheDomainRunNoSql() {
        noClasses().that().resideInAnyPackage(MODULE + ".application..", MODULE + ".domain..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Connection.class.getName())
                .orShould().dependOnClassesThat().areAssignableTo(Statement.class)
                .orShould().dependOnClassesThat().areAssignableTo(ResultSet.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(Query.class)
                .check(classes);
    }

    @Test
    void theModuleDependsOnNoOtherContextNorThePortal() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.familyportal.portal..",
                        "org.familyportal.ops..", "org.familyportal.directory..")
                .check(classes);
    }

    @Test
    void theLayersAreFreeOfCycles() {
        slices().matching(MODULE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().matching(MODULE + ".(*).(*)..").should().beFreeOfCycles().check(classes);
    }
}
