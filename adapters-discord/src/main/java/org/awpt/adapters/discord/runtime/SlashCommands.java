package org.awpt.adapters.discord.runtime;

import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.request.KeyRequest;

/**
 * The slash commands the bot registers. Default member permissions are a second wall only: the
 * application decides who may do what.
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
                new SubcommandData("import", text("cmd.license.import")).addOptions(
                        type(),
                        new OptionData(OptionType.ATTACHMENT, "file", text("cmd.opt.file"), true)),
                new SubcommandData("view", text("cmd.license.view")).addOptions(
                        new OptionData(OptionType.STRING, "view_type", text("cmd.opt.view_type"), true).addChoices(
                                new Command.Choice(text("view.statistics"), "statistics"),
                                new Command.Choice(text("view.transactions"), "transactions"),
                                new Command.Choice(text("view.keys"), "keys")),
                        new OptionData(OptionType.BOOLEAN, "export", text("cmd.opt.export"), false)),
                new SubcommandData("search", text("cmd.license.search")).addOptions(
                        new OptionData(OptionType.STRING, "search_key", text("cmd.opt.search_key"), true)
                                .setRequiredLength(3, 32)),
                new SubcommandData("revoke", text("cmd.license.revoke")).addOptions(
                        new OptionData(OptionType.STRING, "key", text("cmd.opt.key"), true).setRequiredLength(32, 32),
                        new OptionData(OptionType.STRING, "reason", text("cmd.opt.reason"), true).setMaxLength(500)),
                new SubcommandData("lookup", text("cmd.license.lookup")).addOptions(
                        new OptionData(OptionType.USER, "user", text("cmd.opt.user"), true)),
                new SubcommandData("robux-reset", text("cmd.license.robux_reset")).addOptions(
                        new OptionData(OptionType.STRING, "user", text("cmd.opt.roblox_user"), true).setMaxLength(50),
                        new OptionData(OptionType.STRING, "gamepass", text("cmd.opt.gamepass"), true).setMaxLength(20)));
        SlashCommandData requestKeys = command(REQUEST_KEYS, support).addOptions(
                type(),
                new OptionData(OptionType.INTEGER, "quantity", text("cmd.opt.quantity"), true)
                        .setRequiredRange(1, KeyRequest.MAX_QUANTITY),
                new OptionData(OptionType.STRING, "reason", text("cmd.opt.reason"), false).setMaxLength(500));
        OptionData feature = new OptionData(OptionType.STRING, "feature", text("cmd.opt.feature"), true);
        featureCodes.stream().limit(MAX_CHOICES).forEach(code -> feature.addChoice(code, code));
        SlashCommandData lockdown = command(LOCKDOWN, admins).addSubcommands(
                new SubcommandData("set", text("cmd.lockdown.set")).addOptions(feature,
                        new OptionData(OptionType.STRING, "state", text("cmd.opt.state"), true).addChoices(
                                new Command.Choice(text("state.locked"), "locked"),
                                new Command.Choice(text("state.open"), "open")),
                        new OptionData(OptionType.STRING, "reason", text("cmd.opt.reason"), false).setMaxLength(500)),
                new SubcommandData("status", text("cmd.lockdown.status")));
        OptionData action = new OptionData(OptionType.STRING, "action", text("cmd.opt.action"), false);
        if (auditActions.size() <= MAX_CHOICES) {
            auditActions.forEach(name -> action.addChoice(name, name));
        }
        SlashCommandData audit = command(AUDIT, admins).addSubcommands(
                new SubcommandData("recent", text("cmd.audit.recent")).addOptions(
                        new OptionData(OptionType.USER, "actor", text("cmd.opt.actor"), false), action,
                        new OptionData(OptionType.INTEGER, "limit", text("cmd.opt.limit"), false).setRequiredRange(1, 100)));
        SlashCommandData panel = command(PANEL, admins);
        OptionData cooldownAction = new OptionData(OptionType.STRING, "feature", text("cmd.opt.cooldown_action"), false);
        CooldownAction.ALL.forEach(a -> cooldownAction.addChoice(a.code(), a.code()));
        SlashCommandData cooldown = command(COOLDOWN, admins).addSubcommands(
                new SubcommandData("status", text("cmd.cooldown.status")).addOptions(
                        new OptionData(OptionType.USER, "user", text("cmd.opt.user"), true)),
                new SubcommandData("reset", text("cmd.cooldown.reset")).addOptions(
                        new OptionData(OptionType.USER, "user", text("cmd.opt.user"), true), cooldownAction));
        return List.of(license, requestKeys, lockdown, audit, panel, cooldown);
    }

    private SlashCommandData command(String name, DefaultMemberPermissions permissions) {
        return Commands.slash(name, text("cmd." + name)).setDefaultPermissions(permissions)
                .setContexts(InteractionContextType.GUILD);
    }

    private OptionData type() {
        OptionData type = new OptionData(OptionType.STRING, "type", text("cmd.opt.type"), true);
        typeCodes.stream().limit(MAX_CHOICES).forEach(code -> type.addChoice(code, code));
        return type;
    }

    private String text(String key) {
        return SafeText.cut(messages.get(key), 100);
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
