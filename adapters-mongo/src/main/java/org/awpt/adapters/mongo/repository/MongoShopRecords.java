package org.awpt.adapters.mongo.repository;

import dev.morphia.Datastore;
import org.awpt.adapters.mongo.entity.AuditEventEntity;
import org.awpt.adapters.mongo.entity.CooldownEntity;
import org.awpt.adapters.mongo.entity.KeyRequestEntity;
import org.awpt.adapters.mongo.entity.LockdownEntity;
import org.awpt.adapters.mongo.entity.OnceMarkEntity;
import org.awpt.adapters.mongo.entity.PaymentSessionEntity;
import org.awpt.adapters.mongo.entity.ProofDocument;
import org.awpt.adapters.mongo.entity.PurchaseTicketEntity;
import org.awpt.adapters.mongo.entity.SaleEntity;
import org.awpt.adapters.mongo.entity.StorefrontVisitEntity;
import org.awpt.application.port.ShopRecords;

/**
 * Every collection of the database, read whole by {@code _id} keyset pages and copied in with its
 * ids, for moving a shop between stores. Keys are read with the original bot's legacy mapping
 * ({@code licensekeys} as Mongoose left it) and written in its document shape.
 */
public final class MongoShopRecords {
    private MongoShopRecords() {
    }

    /** The records of the datastore's collections; {@code keys} is its key repository. */
    public static ShopRecords of(Datastore datastore, MongoLicenseKeyRepository keys) {
        return new ShopRecords(keys,
                new MongoStoredRecords<>(datastore, PaymentSessionEntity.class, PaymentSessionEntity::toDomain,
                        PaymentSessionEntity::of),
                new MongoStoredRecords<>(datastore, ProofDocument.class, ProofDocument::toDomain, ProofDocument::of),
                new MongoStoredRecords<>(datastore, KeyRequestEntity.class, KeyRequestEntity::toDomain,
                        KeyRequestEntity::of),
                new MongoStoredRecords<>(datastore, StorefrontVisitEntity.class, StorefrontVisitEntity::toDomain,
                        StorefrontVisitEntity::of),
                new MongoStoredRecords<>(datastore, PurchaseTicketEntity.class, PurchaseTicketEntity::toDomain,
                        PurchaseTicketEntity::of),
                new MongoStoredRecords<>(datastore, OnceMarkEntity.class, OnceMarkEntity::toDomain,
                        mark -> OnceMarkEntity.of(mark.topic(), mark.subject(), mark.markedAt())),
                new MongoStoredRecords<>(datastore, AuditEventEntity.class, AuditEventEntity::toDomain,
                        AuditEventEntity::of),
                new MongoStoredRecords<>(datastore, CooldownEntity.class, CooldownEntity::toDomain, CooldownEntity::of),
                new MongoStoredRecords<>(datastore, LockdownEntity.class, LockdownEntity::toDomain, LockdownEntity::of),
                new MongoStoredRecords<>(datastore, SaleEntity.class, SaleEntity::toDomain, SaleEntity::of));
    }
}
