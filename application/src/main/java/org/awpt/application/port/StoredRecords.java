package org.awpt.application.port;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every stored record of one kind, read whole and copied in as it is: what moving a shop from one
 * store to another needs ({@code awpt migrate}), and nothing a sale uses. Reached through
 * {@link ShopRecords} only, never through the ports the buyer-facing use cases hold.
 *
 * @param <T> the kind of record
 */
public interface StoredRecords<T> {

    /**
     * Hands every stored record to {@code sink} in one pass, in an order the store keeps stable on an
     * immutable key (a row id, a document {@code _id}, the natural key). Memory does not grow with the
     * number of records. A stored row that cannot be read as a record is not skipped silently: it is
     * reported in the result, named by the store's own id, and the pass goes on.
     *
     * @return how many records were handed over and which rows could not be read
     */
    RecordScan exportAll(Consumer<? super T> sink);

    /**
     * Stores records exactly as they are: ids, versions, times, holders, order ids. A record whose
     * natural key (key code, session id, event id, channel id, topic and subject...) is already
     * stored is left as it is and counted as present, so copying the same records again adds
     * nothing. A record that would break another of the store's unique rules (a key whose order
     * already has another key) is refused and named. Each record is stored or not on its own: no
     * transaction across records is needed.
     *
     * @return how many were copied, how many were present, which were refused
     */
    CopyOutcome importPreserving(List<? extends T> records);
}
