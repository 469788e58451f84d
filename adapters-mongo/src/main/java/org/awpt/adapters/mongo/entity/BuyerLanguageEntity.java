package org.awpt.adapters.mongo.entity;

import dev.morphia.annotations.Entity;
import dev.morphia.annotations.Id;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.buyer.BuyerLanguage;

/** The language a buyer reads (chosen, or their client's last reported): one document per buyer, the buyer's id its id. */
@Entity(value = "buyer_languages", useDiscriminator = false)
public class BuyerLanguageEntity {
    @Id
    String id;
    String language;
    boolean chosen;

    /** For Morphia. */
    public BuyerLanguageEntity() {
    }

    /** The document of a buyer's language. */
    public static BuyerLanguageEntity of(DiscordUserId buyer, BuyerLanguage language) {
        BuyerLanguageEntity entity = new BuyerLanguageEntity();
        entity.id = buyer.asString();
        entity.language = language.tag();
        entity.chosen = language.chosen();
        return entity;
    }

    /** The language this document holds. */
    public BuyerLanguage toDomain() {
        return new BuyerLanguage(language, chosen);
    }
}
