package org.awpt.application.robux;

/** Verifying a Robux purchase and paying it out. */
public interface RobuxPurchaseUseCase {

    /**
     * Checks the buyer's Roblox account owns the type's gamepass and hands out one key per
     * ownership; asking again for the same ownership finishes a delivery still pending.
     *
     * @throws org.awpt.domain.InvalidInputException          when the account is neither an id nor a username
     * @throws org.awpt.domain.buyer.BlockedBuyerException    when the account is on the blocklist
     * @throws org.awpt.domain.buyer.AlreadyLicensedException when the Discord or Roblox account holds an active license
     * @throws org.awpt.domain.NotFoundException              when Roblox knows no such account
     * @throws RobloxUserBannedException                       when Roblox banned the account
     * @throws GamePassNotOwnedException                       when the account does not own the gamepass
     * @throws AlreadyPaidOutException                         when this ownership was already paid out
     * @throws org.awpt.domain.license.OutOfStockException    when no key of the type is left
     * @throws org.awpt.application.roblox.RobloxUnavailableException when Roblox could not be asked
     * @throws org.awpt.domain.access.LockedDownException     while Robux payments are locked down
     * @throws org.awpt.domain.access.CoolingDownException    while the buyer cools down
     */
    RobuxPurchaseResult verify(VerifyRobuxPurchase cmd);
}
