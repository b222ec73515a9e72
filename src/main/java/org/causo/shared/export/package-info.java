/**
 * Lists as files: CSV (UTF-8 with a byte-order mark, CRLF, no cell run as a formula) and
 * XLSX, written row by row from a database cursor, with localized headers.
 */
package org.causo.shared.export;
