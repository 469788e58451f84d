package org.awpt.application.migration;

import java.util.function.Consumer;
import org.awpt.application.port.ShopRecords;
import org.awpt.domain.access.Requester;

/** Moving a shop from one store to another (SQLite to MongoDB and back), for admins. */
public interface ShopMigrationUseCase {

    /**
     * Copies every record of every kind from {@code source} into {@code target}, keeping ids,
     * statuses, holders, order ids, versions and times. Records the target holds already (by natural
     * key) are left as they are, so running it again copies nothing twice; a record changed in the
     * source after it was copied is not copied again. Rows of the source that cannot be read are
     * reported, never dropped silently. Memory does not grow with the number of records.
     *
     * @param done told of each kind as soon as it is copied
     * @throws org.awpt.domain.NotAuthorizedException unless an admin asks
     */
    MigrationReport migrate(Requester admin, ShopRecords source, ShopRecords target, Consumer<CollectionCopy> done);
}
