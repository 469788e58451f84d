package org.awpt.bootstrap.cli;

import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.config.AwptConfig;

/** Breaks {@code ArchitectureTest.shopCommandsAreGivenTheirUseCases} on purpose: a command asking the injector. */
final class ShopCommandLookingUpItsUseCase extends ShopCommand {
    private final Assembly shop;

    ShopCommandLookingUpItsUseCase(Assembly shop) {
        this.shop = shop;
    }

    @Override
    AwptCommand root() {
        throw new UnsupportedOperationException("never run");
    }

    @Override
    int run(AwptConfig config) {
        return shop.get(InventoryUseCase.class) == null ? 1 : 0;
    }
}
