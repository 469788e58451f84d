package org.awpt.bootstrap.guice;

import java.util.Optional;
import java.util.function.Supplier;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.RobloxUserId;

/**
 * The Roblox gateway, made at its first call. The shop is built with every port, but a command line
 * run such as {@code keys stats} never asks Roblox anything and should not load its HTTP client.
 */
final class LazyRobloxGateway implements RobloxGateway {
    private final Supplier<? extends RobloxGateway> gateway;

    LazyRobloxGateway(Supplier<? extends RobloxGateway> gateway) {
        this.gateway = gateway;
    }

    @Override
    public Optional<RobloxUser> findUser(RobloxUserId id) {
        return gateway.get().findUser(id);
    }

    @Override
    public Optional<RobloxUser> findUserByName(String username) {
        return gateway.get().findUserByName(username);
    }

    @Override
    public Optional<GamePassOwnership> findOwnership(RobloxUserId user, long gamePassId) {
        return gateway.get().findOwnership(user, gamePassId);
    }

    @Override
    public Optional<GamePassInfo> findGamePass(long gamePassId) {
        return gateway.get().findGamePass(gamePassId);
    }
}
