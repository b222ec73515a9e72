package org.causo.mailbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.causo.shared.crypto.Crypto;

/** Messages of a report's thread, sealed under the report's data key. */
final class Messages {

	private Messages() {
	}

	static void append(ReportStore reports, ReportStore.ReportRow report, byte[] dataKey, String author, Long officerId,
			Instant hour, String text) {
		reports.insertMessage(report.id(), author, officerId, hour,
				Crypto.seal(dataKey, text.getBytes(StandardCharsets.UTF_8), context(report.ref(), author)));
	}

	static String read(byte[] dataKey, ReportStore.ReportRow report, ReportStore.MessageRow message) {
		return new String(Crypto.open(dataKey, message.body(), context(report.ref(), message.author())),
				StandardCharsets.UTF_8);
	}

	static byte[] context(UUID ref, String author) {
		return ("message:" + author + ":" + ref).getBytes(StandardCharsets.UTF_8);
	}

}
