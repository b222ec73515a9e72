package org.causo.mailbox.reports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.causo.mailbox.ReporterThread;
import org.causo.shared.crypto.Crypto;

/** Messages of a report's thread, sealed under the report's data key. */
public final class Messages {

	private Messages() {
	}

	public static void append(ReportStore reports, SealedReport report, byte[] dataKey, String author, Long officerId,
			Instant hour, String text) {
		reports.insertMessage(report.id(), author, officerId, hour,
				Crypto.seal(dataKey, text.getBytes(StandardCharsets.UTF_8), context(report.ref(), author)));
	}

	/** The report's thread, opened with its data key, oldest first. */
	public static List<ReporterThread.Message> thread(ReportStore reports, SealedReport report, byte[] dataKey) {
		return reports.messages(report.id())
			.stream()
			.map((m) -> new ReporterThread.Message(m.author(), m.hour(), read(dataKey, report, m)))
			.toList();
	}

	static String read(byte[] dataKey, SealedReport report, SealedMessage message) {
		return new String(Crypto.open(dataKey, message.body(), context(report.ref(), message.author())),
				StandardCharsets.UTF_8);
	}

	static byte[] context(UUID ref, String author) {
		return ("message:" + author + ":" + ref).getBytes(StandardCharsets.UTF_8);
	}

}
