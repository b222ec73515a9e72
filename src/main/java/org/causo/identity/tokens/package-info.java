/**
 * Personal API tokens as stored: their SHA-256 hashes, lifetime and revocation.
 */
package org.causo.identity.tokens;
