package org.awpt.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.awpt.adapters.discord.archfixture.DiscordReadingARepository;
import org.awpt.adapters.mongo.archfixture.MongoUsingRoblox;
import org.awpt.adapters.roblox.archfixture.RobloxThing;
import org.awpt.adapters.roblox.archfixture.RobloxUsingJdbi;
import org.awpt.application.archfixture.ShopFixtureUseCase;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.archfixture.PortCallingAUseCase;
import org.awpt.domain.archfixture.DomainUsingGuice;
import org.junit.jupiter.api.Test;

/** The rules are not vacuous: fixtures that break them on purpose are caught. */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void domainCodeUsingGuiceBreaksTwoRules() {
        JavaClasses classes = new ClassFileImporter().importClasses(DomainUsingGuice.class);

        assertThatThrownBy(() -> ArchitectureTest.domainUsesOnlyTheJdk.check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("com.google.inject.Injector");
        assertThatThrownBy(() -> ArchitectureTest.guiceOnlyInBootstrap.check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DomainUsingGuice");
    }

    @Test
    void anAdapterUsingAnotherIsCaught() {
        JavaClasses classes = new ClassFileImporter().importClasses(MongoUsingRoblox.class, RobloxThing.class);

        assertThatThrownBy(() -> ArchitectureTest.adaptersNeverDependOnEachOther.check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("MongoUsingRoblox");
    }

    @Test
    void jdbcOutsideTheSqliteAdapterIsCaught() {
        JavaClasses classes = new ClassFileImporter().importClasses(RobloxUsingJdbi.class);

        assertThatThrownBy(() -> ArchitectureTest.sqliteOnlyInTheSqliteAdapter.check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("RobloxUsingJdbi");
    }

    @Test
    void aShopCommandAskingTheInjectorIsCaught() {
        // The fixture is package-private beside ShopCommand, so the package is imported (main and test classes).
        JavaClasses classes = new ClassFileImporter().importPackages("org.awpt.bootstrap.cli");

        assertThatThrownBy(() -> ArchitectureTest.shopCommandsAreGivenTheirUseCases.check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ShopCommandLookingUpItsUseCase")
                .hasMessageNotContaining("KeysStatsCommand");
    }

    @Test
    void anOutboundPortNeedingAUseCaseIsCaught() {
        JavaClasses classes = new ClassFileImporter().importClasses(PortCallingAUseCase.class,
                ShopFixtureUseCase.class);

        assertThatThrownBy(() -> ArchitectureTest.outboundPortsNeedNoUseCase.check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PortCallingAUseCase")
                .hasMessageContaining("ShopFixtureUseCase");
    }

    @Test
    void theDiscordAdapterReadingARepositoryIsCaught() {
        JavaClasses classes = new ClassFileImporter().importClasses(DiscordReadingARepository.class,
                PurchaseTicketRepository.class);

        assertThatThrownBy(() -> ArchitectureTest.discordReachesNoRepository.check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DiscordReadingARepository")
                .hasMessageContaining("PurchaseTicketRepository");
    }

    @Test
    void everyRuleFailsOnAnEmptySubject() {
        JavaClasses onlyAdapters = new ClassFileImporter().importClasses(RobloxThing.class);

        assertThatThrownBy(() -> ArchitectureTest.domainUsesOnlyTheJdk.check(onlyAdapters))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
        JavaClasses onlyDomain = new ClassFileImporter().importClasses(DomainUsingGuice.class);
        assertThatThrownBy(() -> ArchitectureTest.adaptersNeverDependOnBootstrap.check(onlyDomain))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }
}
