package org.awpt.adapters.discord.ids;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes and reads component ids of the form {@code v1:<action code>:<arg>:...}, at most 100
 * characters. Ids of another version or unknown action decode to {@link Decoded.Expired}, so a
 * button from an old message is answered clearly instead of failing.
 */
public final class ComponentIdCodec {
    /** The version written now. */
    public static final String VERSION = "v1";
    /** Discord's limit on a custom id. */
    public static final int MAX_LENGTH = 100;
    private static final Pattern ARG = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private ComponentIdCodec() {
    }

    /** The custom id of a component id; refuses arguments that are not plain tokens or ids over 100 characters. */
    public static String encode(ComponentId id) {
        StringBuilder out = new StringBuilder(VERSION).append(':').append(id.action().code());
        for (String arg : id.args()) {
            if (arg == null || !ARG.matcher(arg).matches()) {
                throw new IllegalArgumentException("a component id argument is 1-64 of [A-Za-z0-9_.-]: " + arg);
            }
            out.append(':').append(arg);
        }
        if (out.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a component id is at most " + MAX_LENGTH + " characters");
        }
        return out.toString();
    }

    /** Reads a custom id; anything but a well-formed current id is {@link Decoded.Expired}. */
    public static Decoded decode(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return new Decoded.Expired(raw);
        }
        String[] parts = raw.split(":", -1);
        if (parts.length < 3 || !VERSION.equals(parts[0])) {
            return new Decoded.Expired(raw);
        }
        return ComponentAction.fromCode(parts[1] + ":" + parts[2])
                .filter(action -> action.arity() == parts.length - 3)
                .<Decoded>map(action -> {
                    List<String> args = new ArrayList<>();
                    for (int i = 3; i < parts.length; i++) {
                        if (!ARG.matcher(parts[i]).matches()) {
                            return new Decoded.Expired(raw);
                        }
                        args.add(parts[i]);
                    }
                    return new Decoded.Valid(new ComponentId(action, args));
                })
                .orElseGet(() -> new Decoded.Expired(raw));
    }
}
