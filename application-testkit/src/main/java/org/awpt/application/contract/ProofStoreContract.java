package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.awpt.application.port.ProofRef;
import org.awpt.application.port.ProofStore;
import org.awpt.domain.payment.ProofFormat;
import org.awpt.domain.payment.SessionId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProofStore} does: the fake and every real adapter extend this suite. */
public abstract class ProofStoreContract {
    private static final SessionId SESSION = new SessionId("session000000000001");
    private static final SessionId OTHER_SESSION = new SessionId("session000000000002");

    /** The store under test, new and empty for each test. */
    protected ProofStore store;

    /** A new, empty proof store. */
    protected abstract ProofStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void storedBytesLoadBackExactly() {
        byte[] png = png(2_000);

        String id = store.store(SESSION, ProofFormat.PNG, png);

        assertThat(id).isNotBlank();
        assertThat(store.load(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
    }

    @Test
    void everyProofGetsItsOwnIdEvenForTheSameSession() {
        byte[] first = png(100);
        byte[] second = png(200);
        byte[] others = png(300);

        String firstId = store.store(SESSION, ProofFormat.PNG, first);
        String secondId = store.store(SESSION, ProofFormat.JPEG, second);
        String othersId = store.store(OTHER_SESSION, ProofFormat.WEBP, others);

        assertThat(new String[] {firstId, secondId, othersId}).doesNotHaveDuplicates();
        assertThat(store.load(firstId)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(first));
        assertThat(store.load(secondId)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(second));
        assertThat(store.load(othersId)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(others));
    }

    @Test
    void proofsStoredBeforeTheCutoffArePagedByIdWithoutTheirBytesAndDeletedOneByOne() {
        // The store's own clock times the proofs (fixed in some tests): the cutoffs come from what it stored.
        Instant farFuture = Instant.parse("2999-01-01T00:00:00Z");
        String first = store.store(SESSION, ProofFormat.PNG, png(10));
        String second = store.store(SESSION, ProofFormat.JPEG, png(20));
        String third = store.store(OTHER_SESSION, ProofFormat.WEBP, png(30));
        List<String> ids = Stream.of(first, second, third).sorted().toList();

        List<ProofRef> all = store.storedBefore(farFuture, null, 10);
        assertThat(all).extracting(ProofRef::storageId).containsExactlyElementsOf(ids);
        assertThat(all).filteredOn(ref -> ref.storageId().equals(third)).singleElement()
                .satisfies(ref -> assertThat(ref.session()).isEqualTo(OTHER_SESSION));
        Instant earliest = all.stream().map(ProofRef::storedAt).min(Instant::compareTo).orElseThrow();
        assertThat(store.storedBefore(earliest, null, 10)).as("stored strictly before the cutoff").isEmpty();
        List<ProofRef> firstPage = store.storedBefore(farFuture, null, 2);
        assertThat(firstPage).extracting(ProofRef::storageId).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(store.storedBefore(farFuture, firstPage.get(1).storageId(), 2)).extracting(ProofRef::storageId)
                .containsExactly(ids.get(2));

        assertThat(store.delete(second)).isTrue();
        assertThat(store.delete(second)).as("already gone").isFalse();
        assertThat(store.load(second)).isEmpty();
        assertThat(store.load(first)).isPresent();
        assertThat(store.storedBefore(farFuture, null, 10)).extracting(ProofRef::storageId)
                .containsExactlyInAnyOrder(first, third);
    }

    @Test
    void anUnknownIdLoadsNothing() {
        store.store(SESSION, ProofFormat.PNG, png(10));

        assertThat(store.load("no-such-proof")).isEmpty();
    }

    @Test
    void aProofIsKeptAsItWasWhenTheCallersArraysChangeLater() {
        byte[] png = png(50);
        byte[] original = png.clone();
        String id = store.store(SESSION, ProofFormat.PNG, png);

        Arrays.fill(png, (byte) 0);
        store.load(id).orElseThrow()[0] = 1;

        assertThat(store.load(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(original));
    }

    @Test
    void aLargeProofRoundTrips() {
        byte[] large = png(3 * 1024 * 1024);

        String id = store.store(SESSION, ProofFormat.PNG, large);

        assertThat(store.load(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(large));
    }

    /** Bytes that start like a PNG, then vary. */
    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        for (int i = 0; i < size; i++) {
            bytes[i] = i < header.length ? header[i] : (byte) (i * 31 + size);
        }
        return bytes;
    }
}
