package org.awpt.adapters.discord.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.WebhookClient;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.PermissionOverride;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.UserSnowflake;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.ChannelAction;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DiscordOps} through JDA (blocking {@code complete()} calls, so only off the event threads). */
public final class JdaDiscordOps implements DiscordOps {
    private static final Logger LOG = LoggerFactory.getLogger(JdaDiscordOps.class);
    private static final EnumSet<Permission> TICKET_ACCESS = EnumSet.of(Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND, Permission.MESSAGE_HISTORY, Permission.MESSAGE_ATTACH_FILES);
    private static final EnumSet<Permission> READ_ONLY = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_HISTORY);
    private static final EnumSet<Permission> WRITING = EnumSet.of(Permission.MESSAGE_SEND,
            Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_ADD_REACTION, Permission.MESSAGE_SEND_IN_THREADS,
            Permission.CREATE_PUBLIC_THREADS, Permission.CREATE_PRIVATE_THREADS);
    /** Messages fetched per request (Discord's largest page). */
    private static final int HISTORY_PAGE = 100;

    private final JDA jda;
    private final DiscordSettings settings;

    /** Operations through a connected JDA. */
    public JdaDiscordOps(JDA jda, DiscordSettings settings) {
        this.jda = Objects.requireNonNull(jda, "jda");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String createTicketChannel(String guildId, DiscordUserId buyer, String name) {
        Guild guild = Optional.ofNullable(jda.getGuildById(guildId))
                .orElseThrow(() -> new IllegalStateException("not in server " + guildId));
        // Without a category the ticket is a top-level channel, private by the overrides below.
        Category category = settings.ticketCategoryId().map(guild::getCategoryById).orElse(null);
        ChannelAction<TextChannel> action = guild.createTextChannel(name, category)
                .addPermissionOverride(guild.getPublicRole(), EnumSet.noneOf(Permission.class),
                        EnumSet.of(Permission.VIEW_CHANNEL))
                .addMemberPermissionOverride(jda.getSelfUser().getIdLong(), TICKET_ACCESS, EnumSet.noneOf(Permission.class))
                .addMemberPermissionOverride(buyer.value(), TICKET_ACCESS, EnumSet.noneOf(Permission.class));
        // Every staff role and every staff member named by id; the buyer and the bot are added above.
        for (long role : settings.ticketRoleIds()) {
            action = action.addRolePermissionOverride(role, TICKET_ACCESS, EnumSet.noneOf(Permission.class));
        }
        for (long member : settings.ticketUserIds()) {
            if (member != buyer.value()) {
                action = action.addMemberPermissionOverride(member, TICKET_ACCESS, EnumSet.noneOf(Permission.class));
            }
        }
        return action.complete().getId();
    }

    @Override
    public List<String> guildIds() {
        return jda.getGuildCache().stream().map(Guild::getId).toList();
    }

    @Override
    public boolean channelExists(String channelId) {
        // JDA keeps every channel of the available servers in its cache; an outage hides a server's channels.
        return jda.getGuildChannelById(channelId) != null || !jda.getUnavailableGuilds().isEmpty();
    }

    @Override
    public void deleteChannel(String channelId) {
        GuildChannel channel = jda.getGuildChannelById(channelId);
        if (channel != null) {
            ignoreGone(() -> channel.delete().complete());
        }
    }

    @Override
    public void denyWriting(String channelId, DiscordUserId member) {
        TextChannel channel = jda.getTextChannelById(channelId);
        if (channel == null) {
            LOG.info("channel {} is gone; nobody to stop writing in it", channelId);
            return;
        }
        // The ticket's own override of the member (made with the channel) is changed in place: no member look-up.
        Optional<PermissionOverride> own = channel.getMemberPermissionOverrides().stream()
                .filter(override -> override.getIdLong() == member.value()).findFirst();
        ignoreGone(() -> {
            if (own.isPresent()) {
                own.get().getManager().grant(READ_ONLY).deny(WRITING).complete();
            } else {
                channel.upsertPermissionOverride(channel.getGuild().retrieveMemberById(member.value()).complete())
                        .grant(READ_ONLY).deny(WRITING).complete();
            }
        });
    }

    @Override
    public Transcript transcript(String channelId, int max) {
        MessageChannel channel = channel(channelId);
        List<Transcript.Line> newestFirst = new ArrayList<>();
        boolean complete = true;
        // Pages of 100, newest first, each a blocking request paced by JDA's rate limiter.
        for (Message message : channel.getIterableHistory().cache(false).limit(HISTORY_PAGE)) {
            if (newestFirst.size() == max) {
                complete = false;
                break;
            }
            newestFirst.add(line(message));
        }
        Collections.reverse(newestFirst);
        return new Transcript(channelId, newestFirst, complete);
    }

    private static Transcript.Line line(Message message) {
        StringBuilder text = new StringBuilder(message.getContentRaw());
        for (MessageEmbed embed : message.getEmbeds()) {
            for (String part : new String[] {embed.getTitle(), embed.getDescription()}) {
                if (part != null && !part.isBlank()) {
                    text.append(text.isEmpty() ? "" : "\n").append(part);
                }
            }
            for (MessageEmbed.Field field : embed.getFields()) {
                text.append(text.isEmpty() ? "" : "\n").append(field.getName()).append(": ").append(field.getValue());
            }
        }
        List<Transcript.Attachment> files = message.getAttachments().stream()
                .map(file -> new Transcript.Attachment(file.getFileName(), file.getUrl())).toList();
        return new Transcript.Line(message.getAuthor().getId(), message.getAuthor().getName(),
                message.getTimeCreated().toInstant(), text.toString(), files);
    }

    @Override
    public String post(String channelId, Reply message) {
        return channel(channelId).sendMessage(message.toCreateData()).complete().getId();
    }

    @Override
    public void edit(String channelId, String messageId, Reply message) {
        MessageChannel channel = jda.getChannelById(MessageChannel.class, channelId);
        if (channel == null && channelId != null) {
            channel = jda.getPrivateChannelById(channelId);
        }
        if (channel == null) {
            LOG.info("channel {} is gone; message {} not updated", channelId, messageId);
            return;
        }
        MessageChannel target = channel;
        ignoreGone(() -> target.editMessageById(messageId, message.toEditData()).complete());
    }

    @Override
    public void postToWebhook(String webhookUrl, Reply message) {
        WebhookClient.createClient(jda, webhookUrl).sendMessage(message.toCreateData()).complete();
    }

    @Override
    public String sendDirect(DiscordUserId user, Reply message) {
        try {
            PrivateChannel channel = jda.openPrivateChannelById(user.value()).complete();
            Message sent = channel.sendMessage(message.toCreateData()).complete();
            return channel.getId() + "/" + sent.getId();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                throw new DirectMessagesClosedException(user, e);
            }
            throw e;
        }
    }

    @Override
    public byte[] download(String url, long maxBytes) {
        Request request = new Request.Builder().url(url).get().build();
        try (Response response = jda.getHttpClient().newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("download answered " + response.code());
            }
            try (InputStream in = body.byteStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
                return bytes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not download an attachment", e);
        }
    }

    @Override
    public void addRole(String guildId, DiscordUserId user, String roleId) {
        changeRole(guildId, user, roleId, true);
    }

    @Override
    public void removeRole(String guildId, DiscordUserId user, String roleId) {
        changeRole(guildId, user, roleId, false);
    }

    private void changeRole(String guildId, DiscordUserId user, String roleId, boolean add) {
        Guild guild = jda.getGuildById(guildId);
        Role role = guild == null ? null : guild.getRoleById(roleId);
        if (role == null) {
            LOG.warn("role {} not found in server {}", roleId, guildId);
            return;
        }
        UserSnowflake member = UserSnowflake.fromId(user.value());
        ignoreGone(() -> (add ? guild.addRoleToMember(member, role) : guild.removeRoleFromMember(member, role)).complete());
    }

    private MessageChannel channel(String channelId) {
        MessageChannel channel = jda.getChannelById(MessageChannel.class, channelId);
        if (channel == null) {
            throw new IllegalStateException("channel " + channelId + " not found");
        }
        return channel;
    }

    private static void ignoreGone(Runnable call) {
        try {
            call.run();
        } catch (ErrorResponseException e) {
            ErrorResponse response = e.getErrorResponse();
            if (response != ErrorResponse.UNKNOWN_MESSAGE && response != ErrorResponse.UNKNOWN_CHANNEL
                    && response != ErrorResponse.UNKNOWN_MEMBER) {
                throw e;
            }
            LOG.info("already gone: {}", response);
        }
    }
}
