package org.awpt.application.fake;

import org.awpt.application.contract.RobloxGatewayContract;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.RobloxUserId;

/** The in-memory fake keeps the Roblox gateway contract. */
class FakeRobloxGatewayContractTest extends RobloxGatewayContract {
    private final FakeRobloxGateway fake = new FakeRobloxGateway();

    @Override
    protected RobloxGateway gateway() {
        return fake;
    }

    @Override
    protected void givenUser(RobloxUser user) {
        fake.addUser(user);
    }

    @Override
    protected void givenOwnership(RobloxUserId user, long gamePassId, long instanceId) {
        fake.grant(user, gamePassId, instanceId);
    }

    @Override
    protected void givenOwnershipWithoutInstance(RobloxUserId user, long gamePassId) {
        fake.grantWithoutInstance(user, gamePassId);
    }

    @Override
    protected void givenHiddenInventory(RobloxUserId user) {
        fake.hideInventory(user);
    }

    @Override
    protected void givenGamePass(GamePassInfo gamePass) {
        fake.addGamePass(gamePass);
    }

    @Override
    protected void givenOutage() {
        fake.goDown();
    }
}
