/**
 * What happens to a license after its sale: the holder is reminded once before it expires, and
 * holds the shop's licensed role (when one is configured) exactly while a license is active,
 * including after leaving and rejoining the server. Both survive restarts through the
 * {@link org.awpt.application.port.OnceRegistry}.
 */
package org.awpt.application.lifecycle;
