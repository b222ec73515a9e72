/** The catalogue's page and JSON API, for province admins. */
package org.causo.skills.web;
