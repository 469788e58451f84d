package org.awpt.adapters.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

/** The stand-in's hold on Discord's description: what it finds, how it says it, what it leaves alone. */
class ApiConformanceTest {

    private final ApiConformance conformance = new ApiConformance(DiscordApiDescription.get());

    @Test
    void anEmbedTitleOverItsLimitIsNamedByRoutePointerAndRule() {
        assertThat(conformance.request("POST", "channels/42/messages",
                Json.parse("{\"embeds\":[{\"title\":\"" + "t".repeat(257) + "\"}]}")))
                .containsExactly("POST /channels/{channel_id}/messages request /embeds/0/title: maxLength 256"
                        + " (must be at most 256 characters long)");
    }

    @Test
    void aButtonLabelTooLongReadsAsTheButtonsErrorNotAsEveryOtherComponentsMismatch() {
        String row = "{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"custom_id\":\"a\",\"label\":\""
                + "b".repeat(81) + "\"}]}";

        assertThat(conformance.request("POST", "channels/42/messages", Json.parse("{\"components\":[" + row + "]}")))
                .singleElement().asString().contains("/components/0/components/0/label: maxLength 80");
    }

    @Test
    void aRouteTheDescriptionDoesNotKnowIsNamed() {
        assertThat(conformance.request("POST", "channels/42/shout", MissingNode.getInstance()))
                .containsExactly("POST /channels/42/shout: no documented route");
    }

    @Test
    void literalSegmentsWinOverParameters() {
        assertThat(conformance.request("POST", "users/@me/channels", Json.parse("{\"recipient_id\":\"7\"}"))).isEmpty();
        assertThat(conformance.response("GET", "users/@me", 200, Json.parse("{\"id\":\"1\"}")))
                .anyMatch(violation -> violation.startsWith("GET /users/@me response 200 /: required"));
    }

    @Test
    void jdasSnowflakesAsNumbersAndIntegerEnumsAsDigitStringsAreNormalizedNotRefused() {
        assertThat(conformance.request("POST", "users/@me/channels", Json.parse("{\"recipient_id\":7}"))).isEmpty();
        assertThat(conformance.request("PUT", "applications/1/commands", Json.parse(
                "[{\"name\":\"shop\",\"description\":\"Open the shop\",\"type\":1,\"contexts\":[\"0\",\"1\"],"
                        + "\"integration_types\":[\"0\"],\"default_member_permissions\":\"32\"}]"))).isEmpty();
    }

    @Test
    void theNormalizationChangesNothingElse() {
        assertThat(conformance.request("PUT", "applications/1/commands", Json.parse(
                "[{\"name\":\"shop\",\"description\":\"Open the shop\",\"contexts\":[\"guild\"]}]")))
                .anyMatch(violation -> violation.contains("/0/contexts/0"));
        assertThat(conformance.request("POST", "channels/42/messages", Json.parse("{\"content\":\"x\",\"nonce\":"
                + "\"12345678901234567890\"}"))).as("a digit-string nonce stays a string").isEmpty();
        assertThat(conformance.request("POST", "channels/42/messages", Json.parse("{\"content\":\"x\",\"nonce\":"
                + "\"" + "1".repeat(26) + "\"}"))).isNotEmpty();
    }

    @Test
    void answersAreHeldStrictlyToTheDocumentedStatusAndSchema() {
        assertThat(conformance.response("POST", "guilds/1/channels", 200, Json.object()))
                .containsExactly("POST /guilds/{guild_id}/channels response: status 200 is not documented");
        assertThat(conformance.response("DELETE", "channels/1/messages/2", 204, MissingNode.getInstance())).isEmpty();
        assertThat(conformance.response("DELETE", "channels/1/messages/2", 404, Json.error(10008, "Unknown Message")))
                .isEmpty();
        assertThat(conformance.response("POST", "users/@me/channels", 200, Json.parse("{\"id\":7,\"type\":1}")))
                .isNotEmpty();
    }

    @Test
    void theStandInRefusesABodyThatBreaksTheDescriptionAsDiscordDoesAndRecordsWhy() throws Exception {
        try (DiscordStandIn discord = DiscordStandIn.start();
                okhttp3.Response response = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
                        .url(discord.restBaseUrl() + "users/@me/channels")
                        .header("Authorization", "Bot " + discord.token())
                        .post(okhttp3.RequestBody.create("{\"recipient_id\":\"x\"}",
                                okhttp3.MediaType.get("application/json"))).build()).execute()) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(Json.parse(response.body().string()).path("code").asInt()).isEqualTo(50035);
            assertThat(discord.unexpectedCalls()).singleElement().satisfies(call -> assertThat(call.violations())
                    .anyMatch(violation -> violation.startsWith("POST /users/@me/channels request /recipient_id")));
        }
    }
}
