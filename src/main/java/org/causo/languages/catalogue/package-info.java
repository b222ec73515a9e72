/** The languages admins added, stored in PostgreSQL. */
package org.causo.languages.catalogue;
