/** Support staff's requests for batches of keys, and their approval. */
package org.awpt.domain.request;
