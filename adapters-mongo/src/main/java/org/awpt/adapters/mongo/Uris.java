package org.awpt.adapters.mongo;

import java.util.regex.Pattern;

/** Connection strings as they may be shown: without their password. */
final class Uris {
    private static final Pattern CREDENTIALS = Pattern.compile("^(mongodb(?:\\+srv)?://)([^@/]*?):([^@/]*)@");
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)(password=)[^&]*");

    private Uris() {
    }

    /** The URI with any password replaced by {@code ****}. */
    static String redact(String uri) {
        String withoutUserPassword = CREDENTIALS.matcher(uri).replaceFirst("$1$2:****@");
        return PASSWORD_OPTION.matcher(withoutUserPassword).replaceAll("$1****");
    }
}
