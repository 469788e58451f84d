package org.awpt.adapters.discord.runtime;

/** Handles one slash command (all its subcommands), after the router acknowledged it. */
public interface CommandHandler {

    /** The command's name, such as {@code license}. */
    String name();

    /** How to acknowledge an invocation; private unless said otherwise. */
    default Ack ack(Invocation invocation) {
        return Ack.REPLY_PRIVATE;
    }

    /** Does the work (off JDA's event threads) and says what to show. */
    Reply handle(Invocation invocation);
}
