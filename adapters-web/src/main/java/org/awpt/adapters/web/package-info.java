/**
 * Inbound HTTP on Javalin: the storefronts' signed dynamic-delivery webhooks, translated into
 * {@link org.awpt.application.storefront.StorefrontDeliveryUseCase} calls, and the loopback
 * {@code /healthz} and {@code /metrics} endpoints. Signatures and timestamps are checked here; every
 * rule about orders lives in the application.
 */
package org.awpt.adapters.web;
