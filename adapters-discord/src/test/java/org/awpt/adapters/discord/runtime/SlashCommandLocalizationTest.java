package org.awpt.adapters.discord.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command names and descriptions in every shipped language fit Discord's rules: a name is 1-32
 * characters of letters, digits, {@code -} or {@code _} (Discord's {@code ^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$}),
 * in lower case where the letter has one; a description or a choice name is 1-100 characters.
 */
class SlashCommandLocalizationTest {
    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

    static List<Locale> languages() {
        return Languages.SHIPPED;
    }

    private static List<SlashCommandData> commands(Messages shop) {
        return new SlashCommands(shop, List.of("weekly", "monthly"), List.of("robux", "gcash", "key_requests"),
                Arrays.stream(AuditAction.values()).map(AuditAction::wireName).toList()).all();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyNameOfTheBundleFitsDiscordsNameRule(Locale language) {
        Messages messages = Messages.forLocale(language);
        List<String> names = nameKeys().stream().map(messages::get).toList();
        assertThat(names).isNotEmpty().allSatisfy(name -> {
            assertThat(name).as(language + ": " + name).matches(NAME);
            assertThat(name).as(language + ": lower case").isEqualTo(name.toLowerCase(language));
        });
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyDescriptionAndChoiceFitsWithoutBeingCut(Locale language) {
        Messages messages = Messages.forLocale(language);
        for (SlashCommandData command : commands(messages)) {
            for (String text : texts(command)) {
                assertThat(text).as(language + " " + command.getName()).hasSizeBetween(1, 100);
            }
        }
        // The texts are cut at 100 as a last resort: the bundle's own must already fit.
        List<String> keys = new ArrayList<>(descriptionKeys());
        assertThat(keys).allSatisfy(key -> assertThat(messages.get(key)).as(language + " " + key).hasSizeBetween(1, 100));
    }

    @Test
    void englishNamesAreTheCodesOwnSoEnglishClientsSeeTheNamesInteractionsCarry() {
        Messages english = Messages.english();
        for (SlashCommandData command : commands(english)) {
            assertThat(english.get("cmd.name." + command.getName())).isEqualTo(command.getName());
            for (SubcommandData subcommand : command.getSubcommands()) {
                assertThat(english.get("cmd.name." + command.getName() + "." + subcommand.getName().replace('-', '_')))
                        .isEqualTo(subcommand.getName());
            }
        }
    }

    @Test
    void aFilipinoShopDescribesItsCommandsInFilipinoAndEnglishClientsReadEnglish() {
        SlashCommandData license = commands(Messages.forLocale(Languages.FILIPINO)).get(0);
        assertThat(license.getName()).isEqualTo("license");
        assertThat(license.getDescription()).isEqualTo("Pamahalaan ang mga license key");
        Map<DiscordLocale, String> descriptions = license.getDescriptionLocalizations().toMap();
        assertThat(descriptions).containsEntry(DiscordLocale.ENGLISH_US, "Manage license keys")
                .containsEntry(DiscordLocale.ENGLISH_UK, "Manage license keys");
        assertThat(license.getSubcommands().get(1).getOptions().get(0).getChoices()).extracting(Command.Choice::getName)
                .containsExactly("Statistics", "Mga transaksyon", "Lahat ng key");
        assertThat(license.getSubcommands().get(1).getOptions().get(0).getChoices().get(1).getNameLocalizations().toMap())
                .containsEntry(DiscordLocale.ENGLISH_US, "Transactions");
        assertThat(license.getSubcommands().get(0).getOptions().get(0).getDescriptionLocalizations().toMap())
                .containsEntry(DiscordLocale.ENGLISH_UK, "License type");
    }

    @Test
    void onlyDiscordLocalesABundleSpeaksAreLocalized() {
        // Discord has no Filipino locale (API v10, JDA 6.5.0): only English ones are localized today.
        SlashCommandData license = commands(Messages.english()).get(0);
        assertThat(license.getNameLocalizations().toMap().keySet())
                .containsExactlyInAnyOrder(DiscordLocale.ENGLISH_US, DiscordLocale.ENGLISH_UK);
        assertThat(Arrays.stream(DiscordLocale.values()).map(DiscordLocale::getLocale)).doesNotContain("tl", "fil");
    }

    private static List<String> texts(SlashCommandData command) {
        List<String> texts = new ArrayList<>();
        texts.add(command.getDescription());
        texts.addAll(command.getDescriptionLocalizations().toMap().values());
        command.getOptions().forEach(option -> texts.addAll(texts(option)));
        for (SubcommandData subcommand : command.getSubcommands()) {
            texts.add(subcommand.getDescription());
            texts.addAll(subcommand.getDescriptionLocalizations().toMap().values());
            subcommand.getOptions().forEach(option -> texts.addAll(texts(option)));
        }
        return texts;
    }

    private static List<String> texts(OptionData option) {
        List<String> texts = new ArrayList<>();
        texts.add(option.getDescription());
        texts.addAll(option.getDescriptionLocalizations().toMap().values());
        for (Command.Choice choice : option.getChoices()) {
            texts.add(choice.getName());
            texts.addAll(choice.getNameLocalizations().toMap().values());
        }
        return texts;
    }

    private static List<String> nameKeys() {
        return java.util.ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT).keySet().stream()
                .filter(key -> key.startsWith("cmd.name.")).sorted().toList();
    }

    private static List<String> descriptionKeys() {
        return java.util.ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT).keySet().stream()
                .filter(key -> key.startsWith("cmd.") && !key.startsWith("cmd.name.") || key.startsWith("view.")
                        || key.startsWith("state."))
                .sorted().toList();
    }
}
