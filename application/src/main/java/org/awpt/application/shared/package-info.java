/** What every use case shares: the shop's settings, authorization, auditing, ids. */
package org.awpt.application.shared;
