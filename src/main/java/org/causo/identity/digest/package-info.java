/**
 * An officer's e-mail address and digest opt-in, as stored and audited.
 */
package org.causo.identity.digest;
