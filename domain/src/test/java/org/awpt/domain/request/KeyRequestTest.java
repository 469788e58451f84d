package org.awpt.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.ADMIN;
import static org.awpt.domain.TestData.SUPPORT;
import static org.awpt.domain.TestData.T0;
import static org.awpt.domain.TestData.admin;
import static org.awpt.domain.TestData.admin2;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.awpt.domain.IllegalTransitionException;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.TestData;
import org.awpt.domain.access.Actor;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRequestTest {
    private static final RequestId ID = new RequestId("req-0001");
    private static final List<KeyCode> KEYS = List.of(TestData.key(1), TestData.key(2));

    private static KeyRequest pending() {
        return new KeyRequest(ID, SUPPORT, LicenseTypeCode.WEEKLY, KEYS, " for giveaway ", RequestStatus.PENDING, T0,
                null, null, 0);
    }

    private static List<KeyCode> keys(int count) {
        return IntStream.range(0, count).mapToObj(TestData::key).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 50, 100})
    void quantityIsOneToAHundred(int quantity) {
        assertThat(KeyRequest.checkQuantity(quantity)).isEqualTo(quantity);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
    void otherQuantitiesAreRefusedNamingTheField(int quantity) {
        assertThatThrownBy(() -> KeyRequest.checkQuantity(quantity))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    }

    @Test
    void aRequestHoldsOneToAHundredKeys() {
        assertThat(KeyRequest.MAX_QUANTITY).isEqualTo(100);
        assertThat(withKeys(keys(100)).keys()).hasSize(100);
        assertThatThrownBy(() -> withKeys(keys(101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withKeys(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyRequest withKeys(List<KeyCode> keys) {
        return new KeyRequest(ID, SUPPORT, LicenseTypeCode.WEEKLY, keys, null, RequestStatus.PENDING, T0, null, null, 0);
    }

    @Test
    void aPendingRequestKeepsItsReasonStrippedAndItsKeysCopied() {
        List<KeyCode> keys = new ArrayList<>(KEYS);
        KeyRequest request = new KeyRequest(ID, SUPPORT, LicenseTypeCode.WEEKLY, keys, null, RequestStatus.PENDING,
                T0, null, null, 0);
        keys.clear();
        assertThat(request.keys()).containsExactlyElementsOf(KEYS);
        assertThat(request.reason()).isEmpty();
        assertThat(pending().reason()).isEqualTo("for giveaway");
    }

    static Stream<Arguments> decisions() {
        BiFunction<KeyRequest, Actor, KeyRequest> approve = (r, a) -> r.approve(a, T0.plusSeconds(60));
        BiFunction<KeyRequest, Actor, KeyRequest> deny = (r, a) -> r.deny(a, T0.plusSeconds(60));
        return Stream.of(Arguments.of(approve, RequestStatus.APPROVED), Arguments.of(deny, RequestStatus.DENIED));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void anAdminDecidesOnce(BiFunction<KeyRequest, Actor, KeyRequest> decide, RequestStatus status) {
        KeyRequest decided = decide.apply(pending(), admin());
        assertThat(decided.status()).isEqualTo(status);
        assertThat(decided.decidedBy()).isEqualTo(ADMIN);
        assertThat(decided.decidedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(decided.version()).isEqualTo(1);
        assertThat(decided.keys()).isEqualTo(KEYS);
        assertThat(decided.requester()).isEqualTo(SUPPORT);

        for (BiFunction<KeyRequest, Actor, KeyRequest> again : List.<BiFunction<KeyRequest, Actor, KeyRequest>>of(
                (r, a) -> r.approve(a, T0), (r, a) -> r.deny(a, T0))) {
            assertThatThrownBy(() -> again.apply(decided, admin2()))
                    .isInstanceOfSatisfying(IllegalTransitionException.class,
                            e -> assertThat(e.state()).isEqualTo(status.wireName()));
        }
    }

    @Test
    void toStringNeverShowsTheFullKeys() {
        String text = pending().toString();
        KEYS.forEach(key -> assertThat(text).doesNotContain(key.value()).contains(key.masked()));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void onlyAnAdminDecides(BiFunction<KeyRequest, Actor, KeyRequest> decide, RequestStatus status) {
        for (Actor actor : List.of(TestData.support(), TestData.buyer())) {
            assertThatThrownBy(() -> decide.apply(pending(), actor))
                    .isInstanceOfSatisfying(NotAuthorizedException.class,
                            e -> assertThat(e.action()).isEqualTo("decide key requests"));
        }
    }

    @Test
    void aDecidedRequestNamesItsAdminAndAPendingOneDoesNot() {
        assertThatThrownBy(() -> new KeyRequest(ID, SUPPORT, LicenseTypeCode.WEEKLY, KEYS, "", RequestStatus.PENDING,
                T0, ADMIN, T0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRequest(ID, SUPPORT, LicenseTypeCode.WEEKLY, KEYS, "", RequestStatus.APPROVED,
                T0, null, T0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestNamesItsParts() {
        LicenseTypeCode w = LicenseTypeCode.WEEKLY;
        RequestStatus p = RequestStatus.PENDING;
        List<Runnable> builds = List.of(
                () -> new KeyRequest(null, SUPPORT, w, KEYS, "", p, T0, null, null, 0),
                () -> new KeyRequest(ID, null, w, KEYS, "", p, T0, null, null, 0),
                () -> new KeyRequest(ID, SUPPORT, null, KEYS, "", p, T0, null, null, 0),
                () -> new KeyRequest(ID, SUPPORT, w, null, "", p, T0, null, null, 0),
                () -> new KeyRequest(ID, SUPPORT, w, KEYS, "", null, T0, null, null, 0),
                () -> new KeyRequest(ID, SUPPORT, w, KEYS, "", p, null, null, null, 0));
        builds.forEach(b -> assertThatThrownBy(b::run).isInstanceOf(NullPointerException.class));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short12", "req 0001", "req.0001"})
    void requestIdsAreEightToSixtyFourSafeCharacters(String text) {
        assertThatThrownBy(() -> new RequestId(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestIdLengthBounds() {
        assertThat(new RequestId("abcd_-12")).hasToString("abcd_-12");
        assertThat(new RequestId("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new RequestId("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void statusWireNamesRoundTrip(RequestStatus status) {
        assertThat(status.wireName()).isEqualTo(status.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(RequestStatus.fromWireName(status.wireName())).isEqualTo(status);
    }
}
