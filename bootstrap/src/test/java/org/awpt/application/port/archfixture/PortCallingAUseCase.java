package org.awpt.application.port.archfixture;

import org.awpt.application.archfixture.ShopFixtureUseCase;

/** A test fixture breaking the rules on purpose: an outbound port that needs a use case. */
public interface PortCallingAUseCase {
    /** Depends on a use case. */
    void notify(ShopFixtureUseCase callBack);
}
