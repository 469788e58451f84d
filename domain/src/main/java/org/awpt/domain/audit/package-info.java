/** Audit events: who did what to which subject, when. */
package org.awpt.domain.audit;
