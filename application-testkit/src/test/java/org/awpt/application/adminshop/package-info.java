/** A whole admin and support side over the in-memory fakes, for use-case tests. */
package org.awpt.application.adminshop;
