package org.awpt.adapters.discord;

import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.MockEvents;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.domain.DiscordUserId;

/** Drives a {@link BotFixture}'s router with mocked JDA events and reads what the bot answered. */
public final class BotDriver {
    private final BotFixture bot;

    /** A driver of this bot. */
    public BotDriver(BotFixture bot) {
        this.bot = bot;
    }

    /** What one interaction got: the in-place answer or private follow-ups, or a modal. */
    public record Answer(List<MessageEditData> edits, List<MessageCreateData> followUps, Modal modal) {
        /** The text of the last answer (edit or follow-up). */
        public String text() {
            if (!followUps.isEmpty()) {
                return followUps.get(followUps.size() - 1).getContent();
            }
            return edits.isEmpty() ? "" : edits.get(edits.size() - 1).getContent();
        }

        /** The embeds of the last in-place answer. */
        public List<MessageEmbed> embeds() {
            return edits.isEmpty() ? List.of() : edits.get(edits.size() - 1).getEmbeds();
        }

        /** Everything a person reads in the last answer: text, embed titles, descriptions and fields. */
        public String all() {
            StringBuilder out = new StringBuilder(text());
            embeds().forEach(e -> out.append('\n').append(BotDriver.text(e)));
            return out.toString();
        }

        /** The buttons of the last in-place answer. */
        public List<Button> buttons() {
            return edits.isEmpty() ? List.of() : BotDriver.buttons(edits.get(edits.size() - 1).getComponents());
        }

        /** Whether the answer replaced a message in place (rather than only a private follow-up). */
        public boolean edited() {
            return !edits.isEmpty();
        }
    }

    /** Runs a slash command (options as name, value pairs). */
    public Answer slash(DiscordUserId user, String[] roles, String command, String... options) {
        SlashCommandInteractionEvent event = MockEvents.slash(user.value(), roles, command, options);
        bot.router.onSlashCommandInteraction(event);
        return answer(event.getHook(), null);
    }

    /** Runs a prepared slash command event. */
    public Answer slash(SlashCommandInteractionEvent event) {
        bot.router.onSlashCommandInteraction(event);
        return answer(event.getHook(), null);
    }

    /** Clicks a button with this id on a message. */
    public Answer click(DiscordUserId user, String[] roles, String componentId, String channelId, String messageId) {
        ButtonInteractionEvent event = MockEvents.button(user.value(), roles, componentId, channelId, messageId);
        bot.router.onButtonInteraction(event);
        Modal modal = org.mockito.Mockito.mockingDetails(event).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("replyModal")).map(i -> (Modal) i.getArgument(0))
                .findFirst().orElse(null);
        if (org.mockito.Mockito.mockingDetails(event).getInvocations().stream()
                .anyMatch(i -> i.getMethod().getName().equals("reply"))) {
            String text = org.mockito.Mockito.mockingDetails(event).getInvocations().stream()
                    .filter(i -> i.getMethod().getName().equals("reply")).map(i -> String.valueOf((Object) i.getArgument(0)))
                    .findFirst().orElse("");
            return new Answer(List.of(), List.of(new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder()
                    .setContent(text).build()), null);
        }
        return answer(event.getHook(), modal);
    }

    /** Clicks a button of an action with arguments. */
    public Answer click(DiscordUserId user, String[] roles, ComponentId id, String channelId, String messageId) {
        return click(user, roles, id.encode(), channelId, messageId);
    }

    /** Chooses the option of this value in the select menu with this id on a message. */
    public Answer choose(DiscordUserId user, String[] roles, ComponentId menu, String value, String channelId,
            String messageId) {
        var event = MockEvents.select(user.value(), roles, menu.encode(), channelId, messageId, value);
        bot.router.onStringSelectInteraction(event);
        return answer(event.getHook(), null);
    }

    /** The select menus in rows of components. */
    public static List<StringSelectMenu> menus(List<? extends MessageTopLevelComponent> rows) {
        return rows.stream().filter(ActionRow.class::isInstance).map(ActionRow.class::cast)
                .flatMap(row -> row.getComponents().stream()).filter(StringSelectMenu.class::isInstance)
                .map(StringSelectMenu.class::cast).toList();
    }

    /** Submits a modal (fields as id, value pairs) with uploaded files. */
    public Answer submit(DiscordUserId user, String[] roles, String modalId, String channelId, List<String> uploads,
            String... fields) {
        ModalInteractionEvent event = MockEvents.modal(user.value(), roles, modalId, channelId, uploads, fields);
        bot.router.onModalInteraction(event);
        return answer(event.getHook(), null);
    }

    private static Answer answer(net.dv8tion.jda.api.interactions.InteractionHook hook, Modal modal) {
        return new Answer(MockEvents.edits(hook), MockEvents.followUps(hook), modal);
    }

    /** The buttons in rows of components. */
    public static List<Button> buttons(List<? extends MessageTopLevelComponent> rows) {
        return rows.stream().filter(ActionRow.class::isInstance).map(ActionRow.class::cast)
                .flatMap(row -> row.getButtons().stream()).toList();
    }

    /** The buttons of a posted message. */
    public static List<Button> buttons(Reply reply) {
        return buttons(reply.components());
    }

    /** The button of a message whose id has this action. */
    public static Button button(List<Button> buttons, ComponentAction action) {
        String prefix = "v1:" + action.code();
        return buttons.stream().filter(b -> b.getCustomId() != null && b.getCustomId().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " button among " + buttons));
    }

    /** Everything a person reads in an embed. */
    public static String text(MessageEmbed embed) {
        return embed.getTitle() + "\n" + embed.getDescription() + "\n" + embed.getFields().stream()
                .map(f -> f.getName() + ": " + f.getValue()).collect(Collectors.joining("\n"));
    }

    /** Everything a person reads in a posted message. */
    public static String text(Reply reply) {
        return reply.content() + "\n" + reply.embeds().stream().map(BotDriver::text).collect(Collectors.joining("\n"));
    }
}
