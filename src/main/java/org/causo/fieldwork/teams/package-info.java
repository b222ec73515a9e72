/** Support teams and their members: SQL, and the names shown and typed. */
package org.causo.fieldwork.teams;
