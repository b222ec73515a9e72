package org.causo.registry.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read from the file. */
final class CountingInput extends FilterInputStream {

	long count;

	CountingInput(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		this.count += (b >= 0) ? 1 : 0;
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		this.count += Math.max(n, 0);
		return n;
	}

}
