package org.awpt.adapters.roblox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.adapters.roblox.Fixtures.answer;
import static org.awpt.adapters.roblox.Fixtures.status;
import static org.awpt.adapters.roblox.Fixtures.tooManyRequests;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxInventoryHiddenException;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.RobloxUserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The adapter against recorded Roblox answers, one at a time. */
class RetrofitRobloxGatewayTest {
    private static final RobloxUserId BUYER = new RobloxUserId(123456789L);
    private static final long WEEKLY = 1022970504L;

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final TestClock clock = new TestClock();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private RetrofitRobloxGateway gateway;

    @BeforeEach
    void connect() {
        gateway = gatewayWith(TestSettings.at(server));
    }

    @AfterEach
    void disconnect() {
        gateway.close();
    }

    private RetrofitRobloxGateway gatewayWith(RobloxSettings settings) {
        if (gateway != null) {
            gateway.close();
        }
        gateway = new RetrofitRobloxGateway(settings, clock, sleeper);
        return gateway;
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest();
    }

    private static void assertUnavailable(Runnable call, Duration retryAfter) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RobloxUnavailableException.class, e -> {
            assertThat(e.code()).isEqualTo("roblox_unavailable");
            assertThat(e.retryAfter()).isEqualTo(retryAfter);
            assertThat(e.details()).containsEntry("retryAfterSeconds", retryAfter.toSeconds());
        });
    }

    @Nested
    class UserLookup {
        @Test
        void readsAFoundUser() throws InterruptedException {
            server.enqueue(answer(200, "user-found.json"));

            assertThat(gateway.findUser(BUYER)).contains(new RobloxUser(BUYER, "AwpBuyer", "Awp Buyer", false));
            RecordedRequest request = taken();
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/users/123456789");
        }

        @Test
        void anUnknownIdWithCode3IsEmpty() {
            server.enqueue(answer(404, "user-unknown.json"));

            assertThat(gateway.findUser(BUYER)).isEmpty();
        }

        @Test
        void aBannedUserIsReportedBanned() {
            RobloxUserId banned = new RobloxUserId(987654321L);
            server.enqueue(answer(200, "user-banned.json"));

            assertThat(gateway.findUser(banned)).contains(new RobloxUser(banned, "Cheater_9", "Cheater", true));
        }

        @Test
        void aNotFoundWithoutRobloxErrorBodyIsAnOutageNotAnUnknownUser() {
            server.enqueue(status(404));

            assertUnavailable(() -> gateway.findUser(BUYER), Duration.ofSeconds(60));
        }

        @Test
        void aNotFoundWithAnotherCodeIsAnOutage() {
            server.enqueue(answer(404, "ownership-user-missing.json"));

            assertUnavailable(() -> gateway.findUser(BUYER), Duration.ofSeconds(60));
        }

        @Test
        void anAnswerAboutAnotherUserIsMalformed() {
            server.enqueue(answer(200, "user-banned.json"));

            assertUnavailable(() -> gateway.findUser(BUYER), Duration.ofSeconds(60));
        }

        @Test
        void aFoundUserIsRememberedForTheCacheTtlOnly() {
            server.enqueue(answer(200, "user-found.json"));
            server.enqueue(answer(200, "user-found.json"));

            gateway.findUser(BUYER);
            clock.advance(Duration.ofMinutes(1));
            assertThat(gateway.findUser(BUYER)).isPresent();
            assertThat(server.getRequestCount()).isEqualTo(1);

            clock.advance(Duration.ofMinutes(2));
            assertThat(gateway.findUser(BUYER)).isPresent();
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void anUnknownUserIsNotRemembered() {
            server.enqueue(answer(404, "user-unknown.json"));
            server.enqueue(answer(200, "user-found.json"));

            assertThat(gateway.findUser(BUYER)).isEmpty();
            assertThat(gateway.findUser(BUYER)).isPresent();
        }
    }

    @Nested
    class UsernameLookup {
        @Test
        void aHitAsksForTheNameThenTheUser() throws InterruptedException {
            server.enqueue(answer(200, "usernames-hit.json"));
            server.enqueue(answer(200, "user-found.json"));

            assertThat(gateway.findUserByName("  awpbuyer ")).contains(new RobloxUser(BUYER, "AwpBuyer", "Awp Buyer", false));

            RecordedRequest lookup = taken();
            assertThat(lookup.getMethod()).isEqualTo("POST");
            assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v1/usernames/users");
            assertThat(lookup.getBody().utf8()).isEqualTo("{\"usernames\":[\"awpbuyer\"],\"excludeBannedUsers\":false}");
            assertThat(taken().getUrl().encodedPath()).isEqualTo("/v1/users/123456789");
        }

        @Test
        void aHitIsRememberedWhateverTheCase() {
            server.enqueue(answer(200, "usernames-hit.json"));
            server.enqueue(answer(200, "user-found.json"));

            gateway.findUserByName("awpbuyer");

            assertThat(gateway.findUserByName("AWPBUYER")).isPresent();
            assertThat(gateway.findUser(BUYER)).isPresent();
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aMissIsEmpty() {
            server.enqueue(answer(200, "usernames-miss.json"));

            assertThat(gateway.findUserByName("NobodyHere")).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void anAnswerWithoutDataIsMalformed() {
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{}").build());

            assertUnavailable(() -> gateway.findUserByName("AwpBuyer"), Duration.ofSeconds(60));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "ab", "abcdefghijklmnopqrstu", "awp buyer", "awp-buyer", "x'; drop", "Ünïcode"})
        void refusesWhatCannotBeAUsernameWithoutAskingRoblox(String username) {
            assertThatThrownBy(() -> gateway.findUserByName(username))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("roblox username"));
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Nested
    class Ownership {
        @Test
        void anOwnedGamepassGivesItsInstanceId() throws InterruptedException {
            server.enqueue(answer(200, "ownership-owned.json"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).contains(new GamePassOwnership(WEEKLY, 31337000042L));
            assertThat(taken().getUrl().encodedPath()).isEqualTo("/v1/users/123456789/items/1/1022970504");
        }

        @Test
        void emptyDataIsNotOwned() {
            server.enqueue(answer(200, "ownership-not-owned.json"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).isEmpty();
        }

        @Test
        void isNeverRemembered() {
            server.enqueue(answer(200, "ownership-owned.json"));
            server.enqueue(answer(200, "ownership-not-owned.json"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).isPresent();
            assertThat(gateway.findOwnership(BUYER, WEEKLY)).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aMissingGamepassIsNotFound() {
            server.enqueue(answer(400, "ownership-gamepass-missing.json"));

            assertThatThrownBy(() -> gateway.findOwnership(BUYER, WEEKLY))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.code()).isEqualTo("not_found");
                        assertThat(e.details()).containsEntry("what", "gamepass").containsEntry("reference", "1022970504");
                    });
        }

        @Test
        void aMissingUserIsNotFound() {
            server.enqueue(answer(400, "ownership-user-missing.json"));

            assertThatThrownBy(() -> gateway.findOwnership(BUYER, WEEKLY))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.details()).containsEntry("what", "roblox user")
                                    .containsEntry("reference", "123456789"));
        }

        @Test
        void aBadRequestWithAnotherCodeIsAnOutage() {
            server.enqueue(answer(400, "user-unknown.json"));

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(60));
        }

        @Test
        void malformedJsonIsAnOutageNeverNotOwned() {
            server.enqueue(answer(200, "malformed.json"));

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(60));
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void anAnswerWithoutDataIsAnOutageNeverNotOwned() {
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{\"previousPageCursor\":null}").build());

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(60));
        }

        @Test
        void aNullInstanceIdIsAnOwnershipWithoutInstance() {
            server.enqueue(answer(200, "ownership-owned-instance-null.json"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).contains(GamePassOwnership.withoutInstance(WEEKLY));
        }

        @Test
        void anAbsentInstanceIdIsAnOwnershipWithoutInstance() {
            server.enqueue(answer(200, "ownership-owned-instance-absent.json"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).contains(GamePassOwnership.withoutInstance(WEEKLY));
        }

        @Test
        void aZeroInstanceIdNamesNoPurchase() {
            server.enqueue(ownedWithInstance("0"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).contains(GamePassOwnership.withoutInstance(WEEKLY));
        }

        @Test
        void aNegativeInstanceIdIsAnOutage() {
            server.enqueue(ownedWithInstance("-5"));

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(60));
        }

        @Test
        void aHiddenInventoryIsNeitherNotOwnedNorAnOutage() {
            server.enqueue(answer(403, "ownership-inventory-hidden.json"));

            assertThatThrownBy(() -> gateway.findOwnership(BUYER, WEEKLY))
                    .isInstanceOfSatisfying(RobloxInventoryHiddenException.class,
                            e -> assertThat(e.details()).containsEntry("roblox", "123456789"));
            assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
        }

        @Test
        void aForbiddenAnswerWithAnotherCodeIsAnOutage() {
            server.enqueue(answer(403, "ownership-user-missing.json"));

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(60));
        }

        @Test
        void aForbiddenAnswerWithoutRobloxErrorBodyIsAnOutage() {
            server.enqueue(status(403));

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(60));
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void refusesANonPositiveGamepassWithoutAskingRoblox() {
            assertThatThrownBy(() -> gateway.findOwnership(BUYER, 0))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("gamepass id"));
            assertThat(server.getRequestCount()).isZero();
        }
    }

    private static mockwebserver3.MockResponse ownedWithInstance(String instanceId) {
        return new mockwebserver3.MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"data\":[{\"type\":\"GamePass\",\"id\":1022970504,\"name\":\"x\",\"instanceId\":"
                        + instanceId + "}]}").build();
    }

    @Nested
    class GamePassProduct {
        @Test
        void readsThePascalCaseProductInfo() throws InterruptedException {
            server.enqueue(answer(200, "gamepass-product-info.json"));

            assertThat(gateway.findGamePass(WEEKLY)).contains(new GamePassInfo(WEEKLY, "Donation Awp Party", 2400L, true));
            assertThat(taken().getUrl().encodedPath()).isEqualTo("/game-passes/v1/game-passes/1022970504/product-info");
        }

        @Test
        void aMissingGamepassIsEmpty() {
            server.enqueue(answer(404, "ownership-gamepass-missing.json"));
            server.enqueue(answer(400, "ownership-gamepass-missing.json"));

            assertThat(gateway.findGamePass(WEEKLY)).isEmpty();
            assertThat(gateway.findGamePass(WEEKLY)).isEmpty();
        }

        @Test
        void anUnpricedGamepassHasNoPrice() {
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
                    .body("{\"Name\":\"Free\",\"PriceInRobux\":null,\"IsForSale\":false}").build());

            assertThat(gateway.findGamePass(WEEKLY)).contains(new GamePassInfo(WEEKLY, "Free", null, false));
        }

        @Test
        void productInfoWithoutIsForSaleIsMalformed() {
            server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{\"Name\":\"x\"}").build());

            assertUnavailable(() -> gateway.findGamePass(WEEKLY), Duration.ofSeconds(60));
        }
    }

    @Nested
    class RateLimitsAndOutages {
        @Test
        void aRateLimitWithRetryAfterWaitsThatLongThenAsksAgain() {
            server.enqueue(tooManyRequests("2"));
            server.enqueue(answer(200, "ownership-owned.json"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).isPresent();
            assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aRetryAfterDateIsHonoured() {
            String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(clock.instant().plusSeconds(3).atZone(clock.getZone()));
            server.enqueue(tooManyRequests(inThreeSeconds));
            server.enqueue(answer(200, "user-found.json"));

            assertThat(gateway.findUser(BUYER)).isPresent();
            assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
        }

        @Test
        void aRateLimitWithoutRetryAfterBacksOffWithJitter() {
            server.enqueue(tooManyRequests(null));
            server.enqueue(tooManyRequests(null));
            server.enqueue(answer(200, "ownership-not-owned.json"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).isEmpty();
            assertThat(sleeper.waits()).hasSize(2);
            assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(150));
            assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(300));
        }

        @Test
        void backedOffWaitsDoubleAreJitteredAndNeverExceedTheMaximum() {
            gatewayWith(TestSettings.at(server)
                    .withRetries(6, TestSettings.INITIAL_BACKOFF, TestSettings.MAX_BACKOFF, Duration.ofSeconds(5))
                    .withCircuit(100, 1000, Duration.ofSeconds(30)));
            int calls = 8;
            for (int i = 0; i < calls * 6; i++) {
                server.enqueue(status(503));
            }
            for (int i = 0; i < calls; i++) {
                assertUnavailable(() -> gateway.findUser(BUYER), Duration.ofSeconds(60));
            }

            List<Duration> waits = sleeper.waits();
            assertThat(waits).hasSize(calls * 5).allSatisfy(wait -> assertThat(wait)
                    .isBetween(Duration.ofMillis(50), TestSettings.MAX_BACKOFF));
            List<Duration> firstWaits = IntStream.range(0, calls).mapToObj(i -> waits.get(i * 5)).toList();
            List<Duration> lastWaits = IntStream.range(0, calls).mapToObj(i -> waits.get(i * 5 + 4)).toList();
            assertThat(firstWaits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMillis(150)));
            assertThat(lastWaits).containsOnly(TestSettings.MAX_BACKOFF);
            assertThat(Set.copyOf(firstWaits)).as("jittered").hasSizeGreaterThan(3);
        }

        @Test
        void aRetryAfterLongerThanWorthWaitingIsReportedAtOnce() {
            server.enqueue(tooManyRequests("120"));

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(120));
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(sleeper.waits()).isEmpty();
        }

        @Test
        void aLastingRateLimitIsReportedWithItsRetryAfter() {
            for (int i = 0; i < 3; i++) {
                server.enqueue(tooManyRequests("1"));
            }

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(1));
            assertThat(server.getRequestCount()).isEqualTo(3);
        }

        @Test
        void aServerErrorThenSuccessAnswers() {
            server.enqueue(status(500));
            server.enqueue(answer(200, "ownership-owned.json"));

            assertThat(gateway.findOwnership(BUYER, WEEKLY)).isPresent();
            assertThat(sleeper.waits()).hasSize(1);
        }

        @Test
        void serverErrorsForeverAreAnOutageAfterTheLastAttempt() {
            for (int i = 0; i < 4; i++) {
                server.enqueue(status(500));
            }

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(60));
            assertThat(server.getRequestCount()).isEqualTo(3);
            assertThat(sleeper.waits()).hasSize(2);
            assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(300));
        }

        @Test
        void aTimeoutIsRetried() {
            gatewayWith(TestSettings.timingOutAt(server));
            server.enqueue(Fixtures.stalled());
            server.enqueue(answer(200, "user-found.json"));

            assertThat(gateway.findUser(BUYER)).isPresent();
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void timeoutsForeverAreAnOutage() throws InterruptedException {
            gatewayWith(TestSettings.timingOutAt(server).withRetries(2, TestSettings.INITIAL_BACKOFF,
                    TestSettings.MAX_BACKOFF, Duration.ofSeconds(5)));
            server.enqueue(Fixtures.stalled());
            server.enqueue(Fixtures.stalled());

            assertThatThrownBy(() -> gateway.findOwnership(BUYER, WEEKLY))
                    .isInstanceOf(RobloxUnavailableException.class)
                    .hasMessageContaining("timed out");
            // Two attempts, counted where they are made: one wait between them, none after the last.
            assertThat(sleeper.waits()).hasSize(1);
            // The server reads a request on its own thread, possibly after the client gave up waiting
            // for the answer (a busy machine once counted only one): wait until it has seen both.
            assertThat(server.takeRequest(30, TimeUnit.SECONDS)).isNotNull();
            assertThat(server.takeRequest(30, TimeUnit.SECONDS)).isNotNull();
        }

        @Test
        void aRefusedConnectionIsAnOutage() {
            RobloxSettings nowhere = TestSettings.at(server).withBaseUrl("http://127.0.0.1:1/");
            RetrofitRobloxGateway unreachable = gatewayWith(nowhere);

            assertThatThrownBy(() -> unreachable.findUser(BUYER))
                    .isInstanceOf(RobloxUnavailableException.class)
                    .hasMessageContaining("connection failed");
        }

        @Test
        void theCircuitOpensAfterRepeatedFailuresAndClosesLater() {
            gatewayWith(TestSettings.at(server)
                    .withRetries(1, TestSettings.INITIAL_BACKOFF, TestSettings.MAX_BACKOFF, Duration.ofSeconds(5))
                    .withCircuit(50, 4, Duration.ofSeconds(30)));
            for (int i = 0; i < 4; i++) {
                server.enqueue(status(503));
                assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(60));
            }

            assertUnavailable(() -> gateway.findOwnership(BUYER, WEEKLY), Duration.ofSeconds(30));
            assertThat(server.getRequestCount()).isEqualTo(4);

            clock.advance(Duration.ofSeconds(31));
            server.enqueue(answer(200, "ownership-owned.json"));
            assertThat(gateway.findOwnership(BUYER, WEEKLY)).isPresent();
        }

        @Test
        void theDefaultGatewaySleepsOnTheThreadBetweenAttempts() {
            gateway.close();
            gateway = RetrofitRobloxGateway.create(TestSettings.at(server)
                    .withRetries(2, Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofSeconds(1)), clock);
            server.enqueue(status(502));
            server.enqueue(answer(200, "user-found.json"));

            assertThat(gateway.findUser(BUYER)).isPresent();
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void anInterruptedWaitIsAnOutageAndKeepsTheInterrupt() {
            gateway.close();
            gateway = new RetrofitRobloxGateway(TestSettings.at(server), clock, d -> {
                throw new InterruptedException("stop");
            });
            server.enqueue(status(500));

            try {
                assertThatThrownBy(() -> gateway.findUser(BUYER)).isInstanceOf(RobloxUnavailableException.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }
}
