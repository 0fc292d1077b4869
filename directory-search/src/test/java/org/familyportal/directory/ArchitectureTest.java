package org.familyportal.directory;

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
 * The directory module's layers and its boundary, checked on its compiled classes (tests aside):
 * <ul>
 *   <li>{@code domain} (entities, rules, gateway interfaces) depends on no other layer;</li>
 *   <li>{@code infrastructure} (JDBC gateways, Lucene) implements the domain's interfaces and never
 *       reaches up into {@code application} or {@code wiring};</li>
 *   <li>{@code application} (use cases) never reaches {@code infrastructure} nor {@code wiring}: the
 *       database through the domain's gateways and repositories ({@code HsdsRows}, {@code PlaceTables},
 *       {@code SearchPhrases}, {@code FacetNames}, {@code TopicSynonymRepository}, {@code Listings}),
 *       the search engine through the domain's {@code DirectorySearch}; what it needs from the host
 *       comes through {@code application.port};</li>
 *   <li>neither the use cases nor the domain run SQL or JPA queries themselves;</li>
 *   <li>{@code wiring} (CDI producers) may use everything, and nothing uses it;</li>
 *   <li>nothing in the module depends on the portal's WAR or the operations tools;</li>
 *   <li>no cycles, between the layers nor between the packages inside them.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final String MODULE = "org.familyportal.directory";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(MODULE, "org.familyportal.shared");
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage(MODULE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULE + ".application..",
                        MODULE + ".infrastructure..", MODULE + ".wiring..", "..interfaces..")
                .check(classes);
    }

    @Test
    void theInfrastructureNeverReachesUp() {
        noClasses().that().resideInAPackage(MODULE + ".infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULE + ".application..", MODULE + ".wiring..",
                        "..interfaces..")
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
    void nothingButTheHostUsesTheWiring() {
        noClasses().that().resideOutsideOfPackage(MODULE + ".wiring..")
                .should().dependOnClassesThat().resideInAPackage(MODULE + ".wiring..")
                .check(classes);
    }

    @Test
    void theModuleDependsOnNeitherThePortalNorTheOperationsTools() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.familyportal.portal..",
                        "org.familyportal.ops..", "org.familyportal.content..")
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
