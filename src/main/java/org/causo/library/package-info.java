/**
 * Library: what residents and officers read. For now the law library: legal documents
 * imported from text, Markdown or HTML into chapters and articles, and a public search
 * that ignores diacritics; picture-and-voice guides ({@code guides}) in the residents'
 * languages, with versions. Languages, the code of conduct and quizzes come as
 * sub-packages of their own beside {@code law}.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.causo.library;

import org.springframework.modulith.ApplicationModule;
