package org.causo.library.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.causo.library.DocumentDetails;
import org.causo.library.ImportFormat;
import org.causo.library.ImportPreview;
import org.causo.library.LawImport;
import org.causo.shared.DemoLoader;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the real resolutions in {@code library/legal/} (see the README there) through
 * the product's import, with the details its header detection finds: the 2025
 * commune-merger resolutions and 60-NQ/TW. A document already in the library is skipped.
 */
@Component
class LawDemo implements DemoLoader {

	static final String SOURCE = "github.com/dvhcvn/20250701 input/docs/";

	private final LawImport imports;

	LawDemo(LawImport imports) {
		this.imports = imports;
	}

	@Override
	public String load() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:library/legal/*_*.md");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			int imported = 0;
			for (Resource file : files) {
				imported += importOne(file.getContentAsString(StandardCharsets.UTF_8), file.getFilename()) ? 1 : 0;
			}
			return imported + " documents imported";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean importOne(String content, String name) {
		ImportPreview preview = this.imports.preview(content, ImportFormat.MARKDOWN);
		DocumentDetails found = preview.details();
		if (this.imports.exists(found.number())) {
			return false;
		}
		DocumentDetails details = new DocumentDetails(found.number(), found.type(), found.title(), found.issuer(),
				found.signedOn(), found.effectiveOn(), found.status(), SOURCE + name, found.links());
		this.imports.save(details, content, ImportFormat.MARKDOWN);
		return true;
	}

}
