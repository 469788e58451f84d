package org.awpt.bootstrap.cli;

import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Who a command line run acts as: an admin of the configuration, so that the use cases check and
 * audit it like any other request.
 */
final class AdminIdentity {
    @Option(names = "--as", paramLabel = "DISCORD_ID", converter = DiscordIdConverter.class,
            description = "The admin to act (and be audited) as; default: the lowest id of allowedUserIds.")
    DiscordUserId userId;

    Requester requester(AwptConfig config) {
        if (userId != null) {
            return Requester.of(userId);
        }
        return config.shop().access().adminUserIds().stream()
                .min(java.util.Comparator.comparingLong(DiscordUserId::value)).map(Requester::of)
                .orElseThrow(() -> new MissingSettingException("The key commands act as an admin: add your Discord"
                        + " user id to allowedUserIds in config.json (or AWPT_ADMIN_USER_IDS), or pass --as <id>."
                        + noAdminHint(config)));
    }

    private static String noAdminHint(AwptConfig config) {
        return config.shop().access().namesAdmins() ? ""
                : " While no admin is configured, members with the Administrator permission in the server can use"
                        + " the /license commands in Discord.";
    }

    /** A Discord id as Discord's Copy ID gives it; anything else is a usage error (exit 2), not a stack trace. */
    static final class DiscordIdConverter implements CommandLine.ITypeConverter<DiscordUserId> {
        @Override
        public DiscordUserId convert(String value) {
            try {
                return DiscordUserId.parse(value);
            } catch (RuntimeException notAnId) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a Discord user id (the positive"
                        + " number Discord's Copy ID gives)");
            }
        }
    }
}
