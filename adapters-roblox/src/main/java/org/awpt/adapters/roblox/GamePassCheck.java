package org.awpt.adapters.roblox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.domain.pricing.GamePass;
import org.awpt.domain.pricing.GamePasses;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.pricing.PriceList;

/**
 * The start-up check of the shop's gamepasses: each one exists on Roblox, is for sale and costs
 * the Robux price of the price list. Problems are warnings for the operator, not failures.
 */
public final class GamePassCheck {
    private final RobloxGateway roblox;

    /** Checks through this gateway. */
    public GamePassCheck(RobloxGateway roblox) {
        this.roblox = Objects.requireNonNull(roblox, "roblox");
    }

    /** One human-readable warning per problem found; empty when every gamepass is as configured. */
    public List<String> warnings(GamePasses passes, PriceList prices) {
        List<String> warnings = new ArrayList<>();
        for (GamePass pass : passes.all()) {
            String label = "gamepass " + pass.id() + " (" + pass.type() + ")";
            Optional<Money> listed = prices.priceOf(pass.type(), Money.ROBUX);
            if (listed.isEmpty()) {
                warnings.add("the price list has no Robux price for " + pass.type() + ", paid with " + label);
            }
            Optional<GamePassInfo> info;
            try {
                info = roblox.findGamePass(pass.id());
            } catch (RobloxUnavailableException outage) {
                warnings.add("could not check " + label + ": " + outage.getMessage());
                continue;
            }
            if (info.isEmpty()) {
                warnings.add(label + " does not exist on Roblox");
                continue;
            }
            warnings.addAll(problems(label, info.get(), listed));
        }
        return List.copyOf(warnings);
    }

    private static List<String> problems(String label, GamePassInfo info, Optional<Money> listed) {
        List<String> problems = new ArrayList<>();
        if (!info.forSale()) {
            problems.add(label + " \"" + info.name() + "\" is not for sale on Roblox");
        }
        if (info.priceInRobux() == null) {
            problems.add(label + " \"" + info.name() + "\" has no price on Roblox");
        } else if (listed.isPresent() && listed.get().amount().compareTo(BigDecimal.valueOf(info.priceInRobux())) != 0) {
            problems.add(label + " \"" + info.name() + "\" costs " + new Money(BigDecimal.valueOf(info.priceInRobux()),
                    Money.ROBUX).display() + " on Roblox but the price list says " + listed.get().display());
        }
        return problems;
    }
}
