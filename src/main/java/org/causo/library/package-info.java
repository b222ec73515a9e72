/**
 * Library: what residents and officers read. The law library: legal documents imported
 * from text, Markdown or HTML into chapters and articles, and a public search that
 * ignores diacritics. Picture-and-voice guides ({@code guides}) in the residents'
 * languages, with versions. The code of conduct: versions read from a QR code and the
 * officers' read marks, counted per post (hence identity and orgunit). The officers'
 * assessments and the residents' self-check ({@code assessments}).
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "orgunit", "languages" })
package org.causo.library;

import org.springframework.modulith.ApplicationModule;
