/**
 * Manual payments (CashApp, Apple Pay, GCash, gift cards...): the buyer submits details and a proof
 * image, an admin approves (one key per session, whoever approves first) or rejects, and abandoned
 * sessions expire. Sessions are persisted and changed by compare-and-set only, so two admins, a
 * restart or a crash between two steps never deliver a second key.
 */
package org.awpt.application.manual;
