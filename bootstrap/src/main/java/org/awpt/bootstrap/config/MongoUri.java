package org.awpt.bootstrap.config;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MongoDB connection string. {@link #toString()} masks the password, so it can be logged.
 *
 * @param value the full connection string, password included
 */
public record MongoUri(String value) {
    private static final Pattern FORM = Pattern.compile(
            "mongodb(\\+srv)?://(?:(?<user>[^:@/]*)(?::(?<password>[^@/]*))?@)?(?<hosts>[^/?@]+)(?:/(?<db>[^?]*))?(?:\\?.*)?");

    /** Checks the form: {@code mongodb://} or {@code mongodb+srv://}, hosts, optional database. */
    public MongoUri {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a MongoDB connection string");
        }
    }

    /** Whether a text is a MongoDB connection string. */
    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** The database named in the path, if any ({@code mongodb://host/shop} names {@code shop}). */
    public Optional<String> database() {
        Matcher m = matcher();
        String db = m.group("db");
        return db == null || db.isEmpty() ? Optional.empty() : Optional.of(db);
    }

    /** The connection string with the password replaced by {@code ****}: safe to log. */
    public String masked() {
        Matcher m = matcher();
        if (m.group("password") == null) {
            return value;
        }
        return value.substring(0, m.start("password")) + "****" + value.substring(m.end("password"));
    }

    private Matcher matcher() {
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException("checked in the constructor");
        }
        return m;
    }

    @Override
    public String toString() {
        return masked();
    }
}
