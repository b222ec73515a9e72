/**
 * The border posts a scope sees, as the ids the module's rows carry.
 */
package org.causo.devices.posts;
