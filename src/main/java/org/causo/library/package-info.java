/**
 * Library: what residents and officers read. For now the law library: legal documents
 * imported from text, Markdown or HTML into chapters and articles, and a public search
 * that ignores diacritics. Guides, languages, the code of conduct and quizzes come as
 * sub-packages of their own beside {@code law}.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "orgunit", "identity" })
package org.causo.library;

import org.springframework.modulith.ApplicationModule;
