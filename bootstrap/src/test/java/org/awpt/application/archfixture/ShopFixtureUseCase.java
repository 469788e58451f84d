package org.awpt.application.archfixture;

/** A test fixture: a use case, making its package a use-case package. */
public interface ShopFixtureUseCase {
    /** Does something for the shop. */
    void act();
}
