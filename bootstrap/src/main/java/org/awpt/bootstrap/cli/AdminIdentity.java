package org.awpt.bootstrap.cli;

import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.Requester;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Who a command line run acts as: the console's operator (whoever runs it on the shop's data, which
 * they already hold), audited with their OS user name; or, with {@code --as}, a Discord admin the
 * action is attributed to. The use cases check and audit it like any other request.
 */
final class AdminIdentity {
    @Option(names = "--as", paramLabel = "DISCORD_ID", converter = DiscordIdConverter.class,
            description = "Attribute the action in the audit log to this Discord user (an admin) instead of the"
                    + " console's operator (your OS user name).")
    DiscordUserId userId;

    Requester requester(CliContext context) {
        return Requester.atConsole(userId != null ? userId : context.operator());
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
