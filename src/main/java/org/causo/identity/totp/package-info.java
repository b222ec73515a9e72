/**
 * RFC 6238 codes for the second factor.
 */
package org.causo.identity.totp;
