package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's bad command line exits 2 with a line saying what to fix; bad files exit 1 and say why. */
class CommandLineErrorsTest {
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz012345";

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("AWPT_DATA_DIR", dir.resolve("data").toString(), "AWPT_ADMIN_USER_IDS", "42");
    }

    private CliRun awpt(String... args) {
        return CliRun.of(dir, env(), args);
    }

    private void assertUsageError(CliRun run, String said) {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(run.err()).contains(said).doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionOfAnyCommandIsAUsageError() {
        for (String[] command : new String[][] {{"run"}, {"doctor"}, {"keys", "stats"}, {"keys", "import", "--type", "weekly", "keys.txt"},
                {"keys", "export", "--out", "out.csv"}, {"report"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--bogus")).toArray(String[]::new);
            assertUsageError(awpt(args), "Unknown option: '--bogus'");
        }
    }

    @Test
    void anUnknownLicenseTypeIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("keys.txt"), KEY + "\n");

        assertUsageError(awpt("keys", "import", "--type", "yearly", "keys.txt"), "yearly");
        assertUsageError(awpt("keys", "export", "--type", "yearly", "--out", "out.csv"), "yearly");
    }

    @Test
    void anUnknownStatusIsAUsageError() {
        assertUsageError(awpt("keys", "export", "--status", "bogus", "--out", "out.csv"), "--status");
    }

    @Test
    void reportDaysOutsideOneToAYearAreAUsageError() {
        assertUsageError(awpt("report", "--days", "400"), "not a whole number from 1 to 365");
        assertUsageError(awpt("report", "--days", "0"), "not a whole number from 1 to 365");
        assertUsageError(awpt("report", "--style", "pie"), "--style");
    }

    @Test
    void anActingAdminThatIsNoDiscordIdIsAUsageErrorNotAStackTrace() {
        assertUsageError(awpt("keys", "stats", "--as", "0"), "'0' is not a Discord user id");
        assertUsageError(awpt("keys", "stats", "--as", "-5"), "'-5' is not a Discord user id");
        assertUsageError(awpt("keys", "stats", "--as", "me"), "'me' is not a Discord user id");
    }

    @Test
    void aKeyFileWithNoKeyAtAllFailsNamingTheFormatAndTheShapeOfItsFirstLine() throws IOException {
        Files.writeString(dir.resolve("dashed.txt"), "ABCD-1234-efgh-5678\nWXYZ-0000-abcd-9999\n");

        CliRun run = awpt("keys", "import", "--type", "weekly", "dashed.txt");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Imported 0 weekly keys.").contains("Invalid (not exactly 32 letters or digits");
        assertThat(run.err()).contains("exactly 32 letters or digits").contains("AAAA-9999-aaaa-9999")
                .doesNotContain("ABCD-1234");
    }

    @Test
    void aUtf16KeyFileWithItsByteOrderMarkIsImported() throws IOException {
        Files.write(dir.resolve("unicode.txt"), ("\uFEFF" + KEY + "\r\n").getBytes(StandardCharsets.UTF_16LE));

        CliRun run = awpt("keys", "import", "--type", "weekly", "unicode.txt");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Imported 1 weekly key.");
    }

    @Test
    void anEndlessKeyFileIsRefusedWithoutBeingReadWhole() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");

        CliRun run = awpt("keys", "import", "--type", "weekly", zero.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("/dev/zero is larger than the 4194304 bytes a key file may hold");
    }

    @Test
    void helpNamesTheKeyFormat() {
        CliRun help = awpt("keys", "import", "--help");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("exactly 32 letters or digits").contains("UTF-16");
    }
}
