/** The language buyers read: what their Discord client last reported, kept for messages sent later. */
package org.awpt.application.language;
