package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Field;
import dev.morphia.annotations.Id;
import dev.morphia.annotations.Index;
import dev.morphia.annotations.Indexes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;

/** One completed sale of the ledger, by its reference; the amount as decimal text, so its scale is kept. */
@Entity(value = "sales", useDiscriminator = false)
@Indexes(@Index(fields = {@Field(SaleEntity.AT), @Field("_id")}))
public class SaleEntity {
    /** When the sale completed. */
    public static final String AT = "at";

    @Id
    String reference;
    Instant at;
    String type;
    String method;
    String amount;
    String currency;
    List<String> maskedKeys;
    String buyer;

    /** For Morphia. */
    public SaleEntity() {
    }

    /** The document of a sale. */
    public static SaleEntity of(Sale sale) {
        SaleEntity entity = new SaleEntity();
        entity.reference = sale.reference();
        entity.at = sale.at();
        entity.type = sale.type().value();
        entity.method = sale.method();
        entity.amount = sale.paid().map(money -> money.amount().toPlainString()).orElse(null);
        entity.currency = sale.paid().map(Money::currency).orElse(null);
        entity.maskedKeys = sale.maskedKeys();
        entity.buyer = sale.buyer() == null ? null : sale.buyer().asString();
        return entity;
    }

    /** The sale this document describes. */
    public Sale toDomain() {
        return new Sale(reference, at, new LicenseTypeCode(type), method,
                amount == null ? null : new Money(new BigDecimal(amount), currency), maskedKeys,
                LicenseKeyMapper.userOrNull(buyer));
    }
}
