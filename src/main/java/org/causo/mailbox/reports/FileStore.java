package org.causo.mailbox.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causo.mailbox.ReportView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the sealed files of reports. */
@Component
public class FileStore {

	private final JdbcClient jdbc;

	FileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long reportId, UUID ref, String contentType, int size, byte[] sealed, Instant hour) {
		this.jdbc.sql("""
				insert into report_file (report_id, ref, content_type, size_bytes, sealed, added_hour)
				values (:report, :ref, :type, :size, :sealed, :hour)
				""")
			.param("report", reportId)
			.param("ref", ref)
			.param("type", contentType)
			.param("size", size)
			.param("sealed", sealed)
			.param("hour", Timestamp.from(hour))
			.update();
	}

	public List<ReportView.FileRef> list(long reportId) {
		return this.jdbc.sql("select id, content_type, size_bytes from report_file where report_id = :r order by id")
			.param("r", reportId)
			.query((rs, i) -> new ReportView.FileRef(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	public Optional<Sealed> get(long reportId, long fileId) {
		return this.jdbc.sql("select ref, content_type, sealed from report_file where id = :id and report_id = :r")
			.param("id", fileId)
			.param("r", reportId)
			.query((rs, i) -> new Sealed(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	public record Sealed(UUID ref, String contentType, byte[] sealed) {

	}

}
