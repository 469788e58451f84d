/** Reading the audit trail: admins only. */
package org.awpt.application.audit;
