/**
 * SQL and rules of the cases a post opens from its reports.
 */
package org.causo.mailbox.cases;
