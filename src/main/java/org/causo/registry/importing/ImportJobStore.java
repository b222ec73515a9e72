package org.causo.registry.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import org.causo.registry.ImportJob;
import org.causo.registry.ImportReport;
import org.causo.registry.ImportReport.LineError;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of import jobs and their problems. Each write commits on its own, also from
 * inside the import's transaction, so that the page sees progress while it runs.
 */
@Repository
class ImportJobStore {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final JsonMapper json;

	private final TransactionTemplate own;

	ImportJobStore(JdbcClient jdbc, DataSource dataSource, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void create(UUID id, Long officerId, String actor, String fileName, long bytes) {
		this.own.executeWithoutResult((s) -> this.jdbc.sql("""
				insert into registry_import_job (id, officer_id, actor, file_name, file_bytes, status)
				values (:id, :officer, :actor, :name, :bytes, 'CHECKING')
				""")
			.param("id", id)
			.param("officer", officerId)
			.param("actor", actor)
			.param("name", fileName)
			.param("bytes", bytes)
			.update());
	}

	void status(UUID id, String status) {
		this.own.executeWithoutResult((s) -> this.jdbc
			.sql("update registry_import_job set status = :s, bytes_read = 0, lines_read = 0, updated_at = now() "
					+ "where id = :id")
			.param("s", status)
			.param("id", id)
			.update());
	}

	void progress(UUID id, long lines, long bytes) {
		this.own.executeWithoutResult((s) -> this.jdbc.sql("""
				update registry_import_job set lines_read = :lines, bytes_read = :bytes, updated_at = now()
				where id = :id
				""").param("lines", lines).param("bytes", bytes).param("id", id).update());
	}

	/** The outcome, with every problem kept (replacing those of an earlier run). */
	void finish(UUID id, String status, ImportReport report) {
		this.own.executeWithoutResult((s) -> {
			this.jdbc.sql("delete from registry_import_error where job_id = :id").param("id", id).update();
			try (CopyWriter copy = new CopyWriter(this.dataSource,
					"copy registry_import_error (job_id, n, line, column_name, message_key, args) from stdin")) {
				int n = 0;
				for (LineError e : report.errors()) {
					copy.row(id, n++, e.line(), e.column(), e.messageKey(), this.json.writeValueAsString(e.args()));
				}
				copy.end();
			}
			this.jdbc.sql("""
					update registry_import_job set status = :s, lines_read = :lines, bytes_read = file_bytes,
					    households = :h, residents = :r, error_count = :e, updated_at = now()
					where id = :id
					""")
				.param("s", status)
				.param("lines", report.rows())
				.param("h", report.households())
				.param("r", report.residents())
				.param("e", report.errorCount())
				.param("id", id)
				.update();
		});
	}

	/** The officer's own job; nobody else's. */
	Optional<ImportJob> find(UUID id, Long officerId) {
		return this.jdbc.sql("""
				select *, status in ('CHECKING', 'SAVING') and updated_at < now() - interval '10 minutes' as stale
				from registry_import_job where id = :id and officer_id is not distinct from :officer
				""").param("id", id).param("officer", officerId).query(ImportJobStore::map).optional();
	}

	/** Problems {@code from} (counted from 0) onwards, at most {@code size}. */
	List<LineError> errors(UUID id, int from, int size) {
		return this.jdbc.sql("""
				select line, column_name, message_key, args::text from registry_import_error
				where job_id = :id and n >= :from and n < :to order by n
				""")
			.param("id", id)
			.param("from", from)
			.param("to", from + size)
			.query((rs, i) -> new LineError(rs.getLong(1), rs.getString(2), rs.getString(3),
					this.json.readValue(rs.getString(4), Object[].class)))
			.list();
	}

	private static ImportJob map(ResultSet rs, int row) throws SQLException {
		return new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getLong("file_bytes"),
				rs.getString("status"), rs.getLong("bytes_read"), rs.getLong("lines_read"), rs.getLong("households"),
				rs.getLong("residents"), rs.getLong("error_count"), rs.getBoolean("stale"));
	}

}
