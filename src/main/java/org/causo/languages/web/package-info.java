/** The languages page and the translation screen, for province admins. */
package org.causo.languages.web;
