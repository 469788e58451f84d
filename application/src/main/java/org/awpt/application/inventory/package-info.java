/**
 * The key inventory for admins: importing key files, statistics, paged
 * lists, search, export, revocation and looking up a user's licenses.
 */
package org.awpt.application.inventory;
