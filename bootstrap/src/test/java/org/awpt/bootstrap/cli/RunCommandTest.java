package org.awpt.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.awpt.adapters.sqlite.SqlitePersistence;
import org.awpt.adapters.sqlite.SqliteSettings;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code awpt run} up to Discord: missing settings, and a token Discord refuses (a local stand-in). */
class RunCommandTest {
    private static final String TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";

    @TempDir
    Path dir;

    private HttpServer discord;

    @BeforeEach
    void startDiscordStandIn() throws IOException {
        discord = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        discord.createContext("/", exchange -> {
            byte[] body = "{\"message\":\"401: Unauthorized\",\"code\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        discord.start();
    }

    @AfterEach
    void stop() {
        discord.stop(0);
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("AWPT_DATA_DIR", dir.resolve("data").toString());
        env.put("AWPT_DISCORD_TOKEN", TOKEN);
        env.put("AWPT_GUILD_IDS", "100000000000000001");
        env.put("AWPT_TICKET_CATEGORY_ID", "200000000000000002");
        env.put("AWPT_ADMIN_USER_IDS", "42");
        env.put("AWPT_HEALTH_PORT", "0");
        env.put("AWPT_DISCORD_API_URL", "http://127.0.0.1:" + discord.getAddress().getPort() + "/api/v10/");
        return env;
    }

    @Test
    void onlyTheTokenIsRequired() {
        Map<String, String> env = env();
        env.remove("AWPT_DISCORD_TOKEN");
        env.remove("AWPT_GUILD_IDS");
        env.remove("AWPT_TICKET_CATEGORY_ID");

        CliRun run = CliRun.of(dir, env, "run");

        assertThat(run.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(run.err()).contains("No Discord bot token").doesNotContain("ticket category")
                .doesNotContain("No server");
    }

    @Test
    void aTokenAloneGoesOnToConnectToDiscord() {
        Map<String, String> env = env();
        env.remove("AWPT_GUILD_IDS");
        env.remove("AWPT_TICKET_CATEGORY_ID");

        CliRun run = CliRun.of(dir, env, "run");

        // The stand-in refuses the token: reaching that answer proves no other setting was asked for.
        assertThat(run.err()).contains("Discord refused the bot token").doesNotContain("No server")
                .doesNotContain("ticket category");
    }

    @Test
    void aDiscordOutOfReachIsNamedWithoutAStackTrace() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = env();
        env.put("AWPT_DISCORD_API_URL", "http://127.0.0.1:" + closedPort + "/api/v10/");

        CliRun run = CliRun.of(dir, env, "run");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).startsWith("Cannot reach Discord at http://127.0.0.1:" + closedPort + "/api/v10/ (")
                .contains("Check the network").doesNotContain("Failed:").doesNotContain(TOKEN);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aHealthPortInUseIsNamedWithoutAStackTrace() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> env = env();
            env.put("AWPT_HEALTH_PORT", Integer.toString(taken.getLocalPort()));

            CliRun run = CliRun.of(dir, env, "run");

            assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err()).startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("AWPT_HEALTH_PORT");
            assertThat(run.err().lines()).hasSize(1);
        }
    }

    @Test
    void aTokenDiscordRefusesStopsTheStartCleanly() {
        CliRun run = CliRun.of(dir, env(), "run");

        assertThat(run.code()).isEqualTo(ExitCodes.FIX_CONFIGURATION);
        assertThat(run.err()).contains("Discord refused the bot token").doesNotContain(TOKEN);
        // The bot created the database and closed it cleanly: it opens again, empty.
        try (SqlitePersistence again = SqlitePersistence.openExisting(SqliteSettings.defaults(dir.resolve("data")),
                LicenseTypeCatalog.defaults(), Clock.systemUTC())) {
            assertThat(again.licenseKeys().countAvailable(LicenseTypeCatalog.defaults().codes().get(0))).isZero();
        }
    }
}
