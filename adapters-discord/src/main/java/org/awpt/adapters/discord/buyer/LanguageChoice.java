package org.awpt.adapters.discord.buyer;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.adapters.discord.text.Languages;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.language.BuyerLanguageUseCase;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.buyer.BuyerLanguage;

/**
 * A language button of the purchase panel: the buyer reads the shop in that language from now on,
 * whatever their Discord client's language (Discord offers no Filipino, for one), also in what
 * reaches them later by direct message.
 */
public final class LanguageChoice implements ComponentHandler {
    private final BuyerLanguageUseCase languages;

    /** Choices kept by {@code languages}. */
    public LanguageChoice(BuyerLanguageUseCase languages) {
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.LANGUAGE_CHOOSE);
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        Locale language = Languages.of(id.arg(0))
                .orElseThrow(() -> new InvalidInputException("language", "one of " + Languages.described()));
        languages.choose(invocation.user(), BuyerLanguage.chosen(language));
        // Answered in the language just chosen.
        return Reply.privateText(Messages.forLocale(language).get("language.chosen", "language", Languages.ownName(language)));
    }
}
