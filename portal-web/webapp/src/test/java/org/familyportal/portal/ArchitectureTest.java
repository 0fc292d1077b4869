package org.familyportal.portal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.interfaces.web.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The portal's three modules ({@code portal-web/platform}, {@code portal-web/help-requests} and this
 * WAR, {@code portal-web/webapp}) checked together on their compiled classes (tests aside), as
 * directory-search's own {@code ArchitectureTest} checks that module:
 * <ul>
 *   <li>{@code domain} (entities, rules, repository interfaces) depends on no other layer;</li>
 *   <li>{@code infrastructure} (persistence, protection, mail, HTTP plumbing) implements what the
 *       domain and the use cases need and never reaches up into {@code application} or
 *       {@code interfaces};</li>
 *   <li>{@code application} (use cases) never reaches {@code interfaces}, and neither it nor the
 *       domain runs SQL or JPA queries: they go through the domain's repositories;</li>
 *   <li>{@code interfaces} (pages, REST, health checks, background jobs: whatever drives the use
 *       cases) may use every layer; inside it, the REST API does not lean on the pages' beans;</li>
 *   <li>the modules' arrows run one way: {@code webapp} → {@code help-requests} → {@code platform};
 *       the directory is reached through its use cases and domain only (its {@code wiring} by the
 *       WAR, which hosts it, and its Flyway machinery by the WAR's database wiring); no package
 *       lives in two modules;</li>
 *   <li>no cycles, between the layers nor between the packages inside them.</li>
 * </ul>
 * There is no named exception.
 */
class ArchitectureTest {

    private static final String PORTAL = "org.familyportal.portal";
    private static final String DIRECTORY = "org.familyportal.directory";

    private static JavaClasses classes;

    private static final DescribedPredicate<JavaClass> IN_PLATFORM = inModuleOf(UserAccount.class, "the platform module");
    private static final DescribedPredicate<JavaClass> IN_HELP_REQUESTS = inModuleOf(HelpRequest.class, "the help-requests module");
    private static final DescribedPredicate<JavaClass> IN_WEBAPP = inModuleOf(SignIn.class, "the webapp module (the WAR)");

    @BeforeAll
    static void importClasses() {
        // Not DO_NOT_INCLUDE_JARS: in a reactor build after "package" the two jars are jars.
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PORTAL);
    }

    /** The classes compiled into the same folder or jar as {@code anchor}, i.e. one Maven module. */
    private static DescribedPredicate<JavaClass> inModuleOf(Class<?> anchor, String description) {
        String where;
        try {
            where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return DescribedPredicate.describe(description, javaClass -> javaClass.getSource()
                .map(source -> source.getUri().toString().contains(where))
                .orElse(false));
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage(PORTAL + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(PORTAL + ".application..",
                        PORTAL + ".infrastructure..", PORTAL + ".interfaces..",
                        DIRECTORY + ".application..", DIRECTORY + ".infrastructure..", DIRECTORY + ".wiring..")
                .check(classes);
    }

    @Test
    void theInfrastructureNeverReachesUp() {
        noClasses().that().resideInAPackage(PORTAL + ".infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage(PORTAL + ".application..", PORTAL + ".interfaces..")
                .check(classes);
    }

    @Test
    void useCasesNeverReachTheInterfaces() {
        noClasses().that().resideInAPackage(PORTAL + ".application..")
                .should().dependOnClassesThat().resideInAPackage(PORTAL + ".interfaces..")
                .check(classes);
    }

    /**
     * No SQL in the use cases nor in the domain: queries run in the repositories of
     * {@code infrastructure.persistence} behind the domain's interfaces. (The domain may carry JPA's
     * mapping annotations and named queries; it may not run them.)
     */
    @Test
    void useCasesAndTheDomainRunNoSql() {
        noClasses().that().resideInAnyPackage(PORTAL + ".application..", PORTAL + ".domain..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Connection.class.getName())
                .orShould().dependOnClassesThat().areAssignableTo(Statement.class)
                .orShould().dependOnClassesThat().areAssignableTo(ResultSet.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(Query.class)
                .check(classes);
    }

    /** The REST API and the pages are two doors to the same use cases; neither goes through the other. */
    @Test
    void theRestApiAndThePagesAreIndependent() {
        noClasses().that().resideInAPackage(PORTAL + ".interfaces.rest..")
                .should().dependOnClassesThat().resideInAPackage(PORTAL + ".interfaces.web..")
                .check(classes);
        noClasses().that().resideInAPackage(PORTAL + ".interfaces.web..")
                .should().dependOnClassesThat().resideInAPackage(PORTAL + ".interfaces.rest..")
                .check(classes);
    }

    @Test
    void thePlatformKnowsNoContext() {
        noClasses().that(IN_PLATFORM)
                .should().dependOnClassesThat(IN_HELP_REQUESTS.or(IN_WEBAPP))
                .orShould().dependOnClassesThat().resideInAnyPackage(DIRECTORY + "..", "org.familyportal.content..")
                .check(classes);
    }

    @Test
    void helpRequestsKnowNeitherTheWarNorOtherContexts() {
        noClasses().that(IN_HELP_REQUESTS)
                .should().dependOnClassesThat(IN_WEBAPP)
                .orShould().dependOnClassesThat().resideInAnyPackage(DIRECTORY + "..", "org.familyportal.content..")
                .check(classes);
    }

    /**
     * The WAR hosts the directory: its pages, REST resources and use cases reach it through its use
     * cases and domain (and its {@code wiring}, the CDI producers). Only the WAR's own
     * {@code infrastructure.database} uses the directory's {@code infrastructure.schema}, the
     * per-module Flyway histories that it applies for every module at start.
     */
    @Test
    void theWarReachesTheDirectoryThroughItsUseCasesAndDomain() {
        noClasses().that(IN_WEBAPP).and().resideOutsideOfPackage(PORTAL + ".infrastructure.database..")
                .should().dependOnClassesThat().resideInAPackage(DIRECTORY + ".infrastructure..")
                .check(classes);
    }

    @Test
    void noPackageLivesInTwoModules() {
        Map<String, Set<String>> modulesByPackage = new TreeMap<>();
        Map<String, DescribedPredicate<JavaClass>> modules = new HashMap<>();
        modules.put("platform", IN_PLATFORM);
        modules.put("help-requests", IN_HELP_REQUESTS);
        modules.put("webapp", IN_WEBAPP);
        for (JavaClass javaClass : classes) {
            modules.forEach((name, inModule) -> {
                if (inModule.test(javaClass)) {
                    modulesByPackage.computeIfAbsent(javaClass.getPackageName(), p -> new TreeSet<>()).add(name);
                }
            });
        }
        Map<String, Set<String>> split = new TreeMap<>();
        modulesByPackage.forEach((pkg, in) -> {
            if (in.size() > 1) {
                split.put(pkg, in);
            }
        });
        assertEquals(Map.of(), split, "packages split between modules");
        assertEquals(Set.of("platform", "help-requests", "webapp"),
                new TreeSet<>(modulesByPackage.values().stream().flatMap(Set::stream).toList()),
                "every module's classes were found");
    }

    @Test
    void theLayersAreFreeOfCycles() {
        slices().matching(PORTAL + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().matching(PORTAL + ".(*).(*)..").should().beFreeOfCycles().check(classes);
    }
}
