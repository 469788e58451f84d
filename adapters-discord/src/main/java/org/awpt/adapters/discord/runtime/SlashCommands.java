package org.awpt.adapters.discord.runtime;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.request.KeyRequest;

/**
 * The slash commands the bot registers, described in the shop's language and localized from the
 * bundles for each Discord locale one of them speaks. Default member permissions are a second wall
 * only: the application decides who may do what.
 */
public final class SlashCommands {
    /** Name of the inventory command. */
    public static final String LICENSE = "license";
    /** Name of the support command. */
    public static final String REQUEST_KEYS = "requestkeys";
    /** Name of the lockdown command. */
    public static final String LOCKDOWN = "lockdown";
    /** Name of the audit command. */
    public static final String AUDIT = "audit";
    /** Name of the cooldown command. */
    public static final String COOLDOWN = "cooldown";
    /** Name of the panel command. */
    public static final String PANEL = "panel";
    /** The views of {@code /license view}. */
    public static final List<String> VIEWS = List.of("statistics", "transactions", "keys");
    private static final int MAX_CHOICES = OptionData.MAX_CHOICES;
    private static final Map<DiscordLocale, Messages> LOCALIZED = localizedBundles();

    private final Messages messages;
    private final List<String> typeCodes;
    private final List<String> featureCodes;
    private final List<String> auditActions;

    /**
     * Commands offering these choices.
     *
     * @param typeCodes    license type codes
     * @param featureCodes lockdown features (payment methods, key_requests, imports)
     * @param auditActions audit action names (offered as choices when there are at most 25)
     */
    public SlashCommands(Messages messages, List<String> typeCodes, List<String> featureCodes, List<String> auditActions) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.typeCodes = List.copyOf(typeCodes);
        this.featureCodes = List.copyOf(featureCodes);
        this.auditActions = List.copyOf(auditActions);
    }

    /** Every command. */
    public List<SlashCommandData> all() {
        DefaultMemberPermissions admins = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);
        DefaultMemberPermissions support = DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE);
        SlashCommandData license = command(LICENSE, admins).addSubcommands(
                subcommand(LICENSE, "import", "cmd.license.import").addOptions(
                        type(),
                        option(OptionType.ATTACHMENT, "file", "cmd.opt.file", true)),
                subcommand(LICENSE, "view", "cmd.license.view").addOptions(
                        option(OptionType.STRING, "view_type", "cmd.opt.view_type", true).addChoices(
                                choice("view.statistics", "statistics"),
                                choice("view.transactions", "transactions"),
                                choice("view.keys", "keys")),
                        option(OptionType.BOOLEAN, "export", "cmd.opt.export", false)),
                subcommand(LICENSE, "search", "cmd.license.search").addOptions(
                        option(OptionType.STRING, "search_key", "cmd.opt.search_key", true)
                                .setRequiredLength(3, KeyCode.MAX_LENGTH)),
                subcommand(LICENSE, "revoke", "cmd.license.revoke").addOptions(
                        option(OptionType.STRING, "key", "cmd.opt.key", true)
                                .setRequiredLength(KeyCode.MIN_LENGTH, KeyCode.MAX_LENGTH),
                        option(OptionType.STRING, "reason", "cmd.opt.reason", true).setMaxLength(500)),
                subcommand(LICENSE, "lookup", "cmd.license.lookup").addOptions(
                        option(OptionType.USER, "user", "cmd.opt.user", true)),
                subcommand(LICENSE, "robux-reset", "cmd.license.robux_reset").addOptions(
                        option(OptionType.STRING, "user", "cmd.opt.roblox_user", true).setMaxLength(50),
                        option(OptionType.STRING, "gamepass", "cmd.opt.gamepass", true).setMaxLength(20)));
        SlashCommandData requestKeys = command(REQUEST_KEYS, support).addOptions(
                type(),
                option(OptionType.INTEGER, "quantity", "cmd.opt.quantity", true)
                        .setRequiredRange(1, KeyRequest.MAX_QUANTITY),
                option(OptionType.STRING, "reason", "cmd.opt.reason", false).setMaxLength(500));
        OptionData feature = option(OptionType.STRING, "feature", "cmd.opt.feature", true);
        featureCodes.stream().limit(MAX_CHOICES).forEach(code -> feature.addChoice(code, code));
        SlashCommandData lockdown = command(LOCKDOWN, admins).addSubcommands(
                subcommand(LOCKDOWN, "set", "cmd.lockdown.set").addOptions(feature,
                        option(OptionType.STRING, "state", "cmd.opt.state", true).addChoices(
                                choice("state.locked", "locked"),
                                choice("state.open", "open")),
                        option(OptionType.STRING, "reason", "cmd.opt.reason", false).setMaxLength(500)),
                subcommand(LOCKDOWN, "status", "cmd.lockdown.status"));
        OptionData action = option(OptionType.STRING, "action", "cmd.opt.action", false);
        if (auditActions.size() <= MAX_CHOICES) {
            auditActions.forEach(name -> action.addChoice(name, name));
        }
        SlashCommandData audit = command(AUDIT, admins).addSubcommands(
                subcommand(AUDIT, "recent", "cmd.audit.recent").addOptions(
                        option(OptionType.USER, "actor", "cmd.opt.actor", false), action,
                        option(OptionType.INTEGER, "limit", "cmd.opt.limit", false).setRequiredRange(1, 100)));
        SlashCommandData panel = command(PANEL, admins);
        OptionData cooldownAction = option(OptionType.STRING, "feature", "cmd.opt.cooldown_action", false);
        CooldownAction.ALL.forEach(a -> cooldownAction.addChoice(a.code(), a.code()));
        SlashCommandData cooldown = command(COOLDOWN, admins).addSubcommands(
                subcommand(COOLDOWN, "status", "cmd.cooldown.status").addOptions(
                        option(OptionType.USER, "user", "cmd.opt.user", true)),
                subcommand(COOLDOWN, "reset", "cmd.cooldown.reset").addOptions(
                        option(OptionType.USER, "user", "cmd.opt.user", true), cooldownAction));
        return List.of(license, requestKeys, lockdown, audit, panel, cooldown);
    }

    /**
     * A command: its name is the code's (interactions carry it, whatever the reader's language), its
     * description the shop's language; both localized for every Discord locale a bundle speaks.
     */
    private SlashCommandData command(String name, DefaultMemberPermissions permissions) {
        SlashCommandData command = Commands.slash(name, text("cmd." + name)).setDefaultPermissions(permissions)
                .setContexts(InteractionContextType.GUILD);
        localized("cmd.name." + name, command::setNameLocalization);
        localized("cmd." + name, command::setDescriptionLocalization);
        return command;
    }

    private SubcommandData subcommand(String command, String name, String description) {
        SubcommandData subcommand = new SubcommandData(name, text(description));
        localized("cmd.name." + command + "." + name.replace('-', '_'), subcommand::setNameLocalization);
        localized(description, subcommand::setDescriptionLocalization);
        return subcommand;
    }

    private OptionData option(OptionType type, String name, String description, boolean required) {
        OptionData option = new OptionData(type, name, text(description), required);
        localized(description, option::setDescriptionLocalization);
        return option;
    }

    private Command.Choice choice(String key, String value) {
        Command.Choice choice = new Command.Choice(text(key), value);
        localized(key, choice::setNameLocalization);
        return choice;
    }

    private OptionData type() {
        OptionData type = option(OptionType.STRING, "type", "cmd.opt.type", true);
        typeCodes.stream().limit(MAX_CHOICES).forEach(code -> type.addChoice(code, code));
        return type;
    }

    private String text(String key) {
        return SafeText.cut(messages.get(key), 100);
    }

    /** Sets the text of {@code key} for every Discord locale whose language has a bundle. */
    private static void localized(String key, BiConsumer<DiscordLocale, String> setter) {
        LOCALIZED.forEach((locale, bundle) -> setter.accept(locale, SafeText.cut(bundle.get(key), 100)));
    }

    /** The bundle of each Discord locale a shipped language covers (English: en-US and en-GB). */
    static Map<DiscordLocale, Messages> localizedBundles() {
        Map<DiscordLocale, Messages> bundles = new EnumMap<>(DiscordLocale.class);
        for (DiscordLocale locale : DiscordLocale.values()) {
            if (locale != DiscordLocale.UNKNOWN) {
                Languages.of(locale.toLocale()).ifPresent(language -> bundles.put(locale, Messages.forLocale(language)));
            }
        }
        return bundles;
    }

    /** Cuts option and command descriptions to Discord's 100 characters. */
    private static final class SafeText {
        private SafeText() {
        }

        static String cut(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max);
        }
    }
}
