package org.causo.shared.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An instant in an export is the officers' local time, in CSV and in XLSX. */
class ExportSinkTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Instant NEW_YEAR_IN_LAI_CHAU = Instant.parse("2019-12-31T17:30:00Z");

	@Test
	void aCsvShowsAnInstantInLocalTime() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportSink sink = ExportSink.of(ExportFormat.CSV, out, "x", List.of("when"), VIETNAM);
		sink.row(NEW_YEAR_IN_LAI_CHAU);
		sink.finish();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("2020-01-01 00:30").doesNotContain("2019");
	}

	@Test
	void anXlsxShowsAnInstantAsALocalDateCell() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportSink sink = ExportSink.of(ExportFormat.XLSX, out, "x", List.of("when"), VIETNAM);
		sink.row(NEW_YEAR_IN_LAI_CHAU);
		sink.finish();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows.get(1).getCellAsDate(0)).hasValue(LocalDateTime.parse("2020-01-01T00:30"));
		}
	}

}
