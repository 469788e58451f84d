package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.audit.AuditAction;
import org.awpt.domain.license.KeyCode;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
    private final List<SlashCommandData> commands = new SlashCommands(Messages.english(), List.of("weekly", "monthly"),
            List.of("robux", "paypal", "gcash", "key_requests", "imports"),
            Arrays.stream(AuditAction.values()).map(AuditAction::wireName).toList()).all();

    private SlashCommandData command(String name) {
        return commands.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void registersTheSixCommandsWithTheirSubcommands() {
        assertThat(commands).extracting(SlashCommandData::getName)
                .containsExactly("license", "requestkeys", "lockdown", "audit", "panel", "cooldown");
        assertThat(command("license").getSubcommands()).extracting(SubcommandData::getName)
                .containsExactly("import", "view", "search", "revoke", "lookup", "robux-reset");
        assertThat(command("lockdown").getSubcommands()).extracting(SubcommandData::getName)
                .containsExactly("set", "status");
        assertThat(command("audit").getSubcommands()).extracting(SubcommandData::getName).containsExactly("recent");
        assertThat(command("cooldown").getSubcommands()).extracting(SubcommandData::getName)
                .containsExactly("status", "reset");
    }

    @Test
    void defaultMemberPermissionsAreASecondWall() {
        DefaultMemberPermissions admins = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);
        for (String name : List.of("license", "lockdown", "audit", "panel", "cooldown")) {
            assertThat(command(name).getDefaultPermissions()).as(name).isEqualTo(admins);
        }
        assertThat(command("requestkeys").getDefaultPermissions())
                .isEqualTo(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
    }

    @Test
    void keysOfAnyFormatCanBeRevokedAndSearchedFor() {
        SubcommandData revoke = command("license").getSubcommands().stream().filter(c -> c.getName().equals("revoke"))
                .findFirst().orElseThrow();
        SubcommandData search = command("license").getSubcommands().stream().filter(c -> c.getName().equals("search"))
                .findFirst().orElseThrow();

        assertThat(revoke.getOptions().get(0).getMinLength()).isEqualTo(KeyCode.MIN_LENGTH);
        assertThat(revoke.getOptions().get(0).getMaxLength()).isEqualTo(KeyCode.MAX_LENGTH);
        assertThat(search.getOptions().get(0).getMaxLength()).isEqualTo(KeyCode.MAX_LENGTH);
    }

    @Test
    void typeAndFeatureChoicesComeFromTheShop() {
        assertThat(command("requestkeys").getOptions().get(0).getChoices()).extracting(c -> c.getAsString())
                .containsExactly("weekly", "monthly");
        assertThat(command("lockdown").getSubcommands().get(0).getOptions().get(0).getChoices())
                .extracting(c -> c.getAsString()).containsExactly("robux", "paypal", "gcash", "key_requests", "imports");
    }

    @Test
    void settingsHideTheTokenAndCheckTheirParts() {
        DiscordSettings settings = settings(Optional.of(5L));
        assertThat(settings.toString()).doesNotContain("secret-token");
        assertThat(DiscordBot.intents(settings)).contains(GatewayIntent.GUILD_MEMBERS);
        assertThat(DiscordBot.intents(settings(Optional.empty()))).doesNotContain(GatewayIntent.GUILD_MEMBERS)
                .doesNotContain(GatewayIntent.MESSAGE_CONTENT);
        DiscordSettings s = settings(Optional.empty());
        assertThat(DiscordBot.intents(new DiscordSettings(s.token(), s.guildIds(), s.globalCommands(), s.adminChannelId(),
                s.ticketCategoryId(), s.ticketRoleIds(), s.ticketUserIds(), s.licensedRoleId(), s.restBaseUrl(),
                s.gatewayUrl(), s.handlerThreads(), s.handlerQueue(), s.locale(), true)))
                .as("asked for, for transcripts").contains(GatewayIntent.MESSAGE_CONTENT);
        assertThatThrownBy(() -> new DiscordSettings(" ", List.of(1L), false, null, Optional.of(2L), null, null, null, null, null, 1, 1,
                Locale.ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscordSettings("t", List.of(), false, null, Optional.of(2L), null, null, null, null, null, 1, 1,
                Locale.ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscordSettings("t", List.of(1L), false, null, Optional.of(2L), null, null, null, null, null, 0, 1,
                Locale.ROOT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTicketCategoryIsOptional() {
        DiscordSettings tokenOnly = new DiscordSettings("t", List.of(), true, null, null, null, null, null, null, null,
                1, 1, Locale.ROOT);

        assertThat(tokenOnly.ticketCategoryId()).isEmpty();
        assertThat(tokenOnly.globalCommands()).isTrue();
        assertThat(settings(Optional.empty()).ticketCategoryId()).contains(2L);
    }

    @Test
    void operationsRefuseUntilTheBotIsConnected() {
        DiscordBot bot = new DiscordBot(settings(Optional.empty()));
        try {
            assertThatThrownBy(() -> bot.ops().post("1", Reply.privateText("x"))).isInstanceOf(IllegalStateException.class);
            assertThat(bot.handlerPool().getMaximumPoolSize()).isEqualTo(2);
        } finally {
            bot.shutdown();
        }
        assertThat(bot.handlerPool().isShutdown()).isTrue();
    }

    private static DiscordSettings settings(Optional<Long> licensedRole) {
        return new DiscordSettings("secret-token", List.of(1L), false, Optional.of(3L), Optional.of(2L), Set.of(),
                Set.of(), licensedRole, Optional.empty(), Optional.empty(), 2, 10, Locale.ROOT);
    }
}
