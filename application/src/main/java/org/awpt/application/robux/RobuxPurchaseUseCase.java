package org.awpt.application.robux;

/** Verifying a Robux purchase and paying it out. */
public interface RobuxPurchaseUseCase {

    /**
     * Checks the buyer's Roblox account owns the type's gamepass and hands out one key per
     * ownership (per payout cycle when Roblox gives no instance id); asking again for the same
     * ownership finishes a delivery still pending.
     *
     * @throws org.awpt.domain.InvalidInputException          when the account is neither an id nor a username
     * @throws org.awpt.domain.buyer.BlockedBuyerException    when the account is on the blocklist
     * @throws org.awpt.domain.buyer.AlreadyLicensedException when the Discord or Roblox account holds an active license
     * @throws org.awpt.domain.NotFoundException              when Roblox knows no such account
     * @throws RobloxUserBannedException                       when Roblox banned the account
     * @throws org.awpt.application.roblox.RobloxInventoryHiddenException when the account hides its inventory
     * @throws GamePassNotOwnedException                       when the account does not own the gamepass
     * @throws AlreadyPaidOutException                         when this ownership was already paid out
     * @throws org.awpt.domain.license.OutOfStockException    when no key of the type is left
     * @throws org.awpt.application.roblox.RobloxUnavailableException when Roblox could not be asked
     * @throws org.awpt.domain.access.LockedDownException     while Robux payments are locked down
     * @throws org.awpt.domain.access.CoolingDownException    while the buyer cools down or has used up
     *                                                        their Roblox look-ups for now
     * @throws org.awpt.application.roblox.RobloxBusyException while the bot has used up its Roblox look-ups
     */
    RobuxPurchaseResult verify(VerifyRobuxPurchase cmd);

    /**
     * "I removed it": checks with Roblox that the buyer's account no longer owns the type's gamepass.
     * When the open payout cycle was paid out, it is closed (audited), so the next purchase pays.
     *
     * @return the cycle the next verification pays
     * @throws GamePassStillOwnedException when Roblox still shows the gamepass owned (nothing changes)
     * @throws org.awpt.application.roblox.RobloxInventoryHiddenException when the buyer hides their inventory
     * @throws org.awpt.application.roblox.RobloxUnavailableException when Roblox could not be asked
     * @throws org.awpt.domain.access.LockedDownException     while Robux payments are locked down
     * @throws org.awpt.domain.access.CoolingDownException    while the buyer cools down or has used up
     *                                                        their Roblox look-ups for now
     * @throws org.awpt.application.roblox.RobloxBusyException while the bot has used up its Roblox look-ups
     */
    PayoutCycle confirmRemoval(ConfirmGamePassRemoval cmd);

    /**
     * An admin opens the next payout cycle of an account's gamepass by hand (audited), for a buyer who
     * rebought without letting the shop see the removal. Does not ask Roblox about ownership.
     *
     * @return the cycle the next verification pays
     * @throws org.awpt.domain.NotAuthorizedException unless the requester is an admin
     * @throws NothingToResetException when the open cycle was never paid out
     * @throws org.awpt.domain.InvalidInputException when the gamepass is not the shop's or the account is malformed
     * @throws org.awpt.domain.NotFoundException     when Roblox knows no such username
     */
    PayoutCycle resetCycle(ResetPayoutCycle cmd);
}
