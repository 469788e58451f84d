package org.awpt.adapters.roblox;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.awpt.application.contract.RobloxGatewayContract;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.RobloxUserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The Roblox gateway contract against the Retrofit adapter and a Roblox behind MockWebServer. */
class RetrofitRobloxGatewayContractTest extends RobloxGatewayContract {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final RobloxWorld world = new RobloxWorld();
    private RetrofitRobloxGateway gateway;

    @BeforeEach
    void connect() {
        server.setDispatcher(world);
        gateway = TestSettings.gatewayTo(server);
    }

    @AfterEach
    void disconnect() {
        gateway.close();
    }

    @Override
    protected RobloxGateway gateway() {
        return gateway;
    }

    @Override
    protected void givenUser(RobloxUser user) {
        world.add(user);
    }

    @Override
    protected void givenOwnership(RobloxUserId user, long gamePassId, long instanceId) {
        world.own(user.value(), gamePassId, instanceId);
    }

    @Override
    protected void givenOwnershipWithoutInstance(RobloxUserId user, long gamePassId) {
        world.ownWithoutInstance(user.value(), gamePassId);
    }

    @Override
    protected void givenHiddenInventory(RobloxUserId user) {
        world.hideInventory(user.value());
    }

    @Override
    protected void givenGamePass(GamePassInfo gamePass) {
        world.add(gamePass);
    }

    @Override
    protected void givenOutage() {
        world.goDown();
    }
}
