/**
 * The law library's tables: documents, chapters, articles (with their search text) and
 * the links between documents.
 */
package org.causo.library.law;
