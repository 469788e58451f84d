package org.awpt.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.google.inject.Injector;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.awpt.bootstrap.Assembly;

/**
 * The hexagon's walls, checked on the main classes of every module (the bootstrap test classpath
 * holds them all). {@code failOnEmptyShould} stays on for every rule: a rule whose subject is empty
 * fails, so a misspelt package cannot make a rule pass silently.
 */
@AnalyzeClasses(packages = "org.awpt",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    private static final String DOMAIN = "org.awpt.domain..";
    private static final String APPLICATION = "org.awpt.application..";
    private static final String MONGO = "org.awpt.adapters.mongo..";
    private static final String SQLITE = "org.awpt.adapters.sqlite..";
    private static final String ROBLOX = "org.awpt.adapters.roblox..";
    private static final String DISCORD = "org.awpt.adapters.discord..";
    private static final String WEB = "org.awpt.adapters.web..";
    private static final String ADAPTERS = "org.awpt.adapters..";
    private static final String BOOTSTRAP = "org.awpt.bootstrap..";
    private static final String PORTS = "org.awpt.application.port..";

    /** A class in a package of the application holding a use case ({@code XxxUseCase}). */
    private static final DescribedPredicate<JavaClass> IN_A_USE_CASE_PACKAGE =
            new DescribedPredicate<>("reside in a use case's package") {
                @Override
                public boolean test(JavaClass type) {
                    return type.getPackageName().startsWith("org.awpt.application.")
                            && type.getPackage().getClasses().stream()
                                    .anyMatch(other -> other.getSimpleName().endsWith("UseCase"));
                }
            };

    /** An outbound port that keeps the shop's records: a repository, a store, the once registry, the audit log. */
    private static final DescribedPredicate<JavaClass> A_STORAGE_PORT =
            new DescribedPredicate<>("are storage ports (repositories, stores, registries, the audit log)") {
                @Override
                public boolean test(JavaClass type) {
                    String name = type.getSimpleName();
                    return type.getPackageName().startsWith("org.awpt.application.port")
                            && (name.endsWith("Repository") || name.endsWith("Store") || name.endsWith("Registry")
                                    || name.equals("AuditLog"));
                }
            };

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is plain Java that any shop can embed");

    @ArchTest
    static final ArchRule applicationUsesOnlyDomainAndJdk = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases reach the world only through their ports");

    @ArchTest
    static final ArchRule coreNeverSeesTheOuterRings = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, BOOTSTRAP);

    @ArchTest
    static final ArchRule adaptersNeverDependOnEachOther = slices()
            .matching("org.awpt.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("an adapter translates between one technology and the ports, nothing more");

    @ArchTest
    static final ArchRule adaptersNeverDependOnBootstrap = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    @ArchTest
    static final ArchRule outboundPortsNeedNoUseCase = noClasses()
            .that().resideInAPackage(PORTS)
            .should().dependOnClassesThat(IN_A_USE_CASE_PACKAGE)
            .because("an outbound port returns what it did and the service records it; a port that needs a"
                    + " use case makes a cycle the assembly has to hand-wire around");

    @ArchTest
    static final ArchRule discordReachesNoRepository = noClasses()
            .that().resideInAPackage(DISCORD)
            .should().dependOnClassesThat(A_STORAGE_PORT)
            .because("the bot translates clicks into use case calls; reading or writing the shop's records is"
                    + " the use cases' business");

    @ArchTest
    static final ArchRule jdaOnlyInTheDiscordAdapter = noClasses()
            .that().resideOutsideOfPackage(DISCORD)
            .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
            .because("JDA is the Discord adapter's business");

    @ArchTest
    static final ArchRule mongoOnlyInTheMongoAdapter = noClasses()
            .that().resideOutsideOfPackage(MONGO)
            .should().dependOnClassesThat()
            .resideInAnyPackage("dev.morphia..", "com.mongodb..", "org.bson..", "de.bwaldvogel..")
            .because("Morphia, the MongoDB driver and its test server are the Mongo adapter's business");

    @ArchTest
    static final ArchRule sqliteOnlyInTheSqliteAdapter = noClasses()
            .that().resideOutsideOfPackage(SQLITE)
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.sqlite..", "org.flywaydb..", "org.jdbi..", "java.sql..", "javax.sql..")
            .because("JDBC, the SQLite driver, Flyway and JDBI are the SQLite adapter's business");

    @ArchTest
    static final ArchRule retrofitOnlyInTheRobloxAdapter = noClasses()
            .that().resideOutsideOfPackage(ROBLOX)
            .should().dependOnClassesThat().resideInAnyPackage("retrofit2..")
            .because("Retrofit is the Roblox adapter's business");

    // OkHttp is the Roblox adapter's HTTP client and also JDA's: the Discord adapter may use the
    // client JDA hands out (JDA#getHttpClient, to download attachments), nobody else may.
    @ArchTest
    static final ArchRule okHttpOnlyInTheHttpAdapters = noClasses()
            .that().resideOutsideOfPackages(ROBLOX, DISCORD)
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..")
            .because("OkHttp belongs to the adapters that speak HTTP: Roblox, and Discord through JDA");

    @ArchTest
    static final ArchRule javalinOnlyInTheWebAdapter = noClasses()
            .that().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
            .because("Javalin and Jetty are the web adapter's business");

    @ArchTest
    static final ArchRule shopCommandsAreGivenTheirUseCases = noClasses()
            .that().areAssignableTo("org.awpt.bootstrap.cli.ShopCommand")
            .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("get")
                    .or(HasName.Predicates.name("injector")))
                    .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.assignableTo(Assembly.class)))))
            .orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("getInstance")
                    .or(HasName.Predicates.name("getProvider")))
                    .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.assignableTo(Injector.class)))))
            .because("a command line command declares its use cases with @Inject; it never looks them up");

    @ArchTest
    static final ArchRule guiceOnlyInBootstrap = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
            .because("only the bootstrap assembles the application; every other module is plain constructors");

    /**
     * Leaves out test code shipped to other modules: the test-jars (the Discord stand-in, the Roblox
     * world) and the application test kit (fakes and contract suites, built on JUnit and AssertJ),
     * as a jar or as a reactor module's classes directory.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        private static final java.util.regex.Pattern TEST_JAR =
                java.util.regex.Pattern.compile(".*(-tests\\.jar|application-testkit).*");

        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
