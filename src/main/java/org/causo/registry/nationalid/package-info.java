/**
 * National ID numbers: sealed at rest, masked when shown, opened only for an audited
 * reveal.
 */
package org.causo.registry.nationalid;
