/**
 * Border posts and their communes as stored, and the rules a post must meet.
 */
package org.causo.orgunit.posts;
