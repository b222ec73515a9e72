package org.causo.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.causo.audit.AuditTrail;
import org.causo.registry.ImportReport;
import org.causo.registry.ImportReport.LineError;
import org.causo.registry.nationalid.NationalIds;
import org.causo.shared.CurrentActor;
import org.causo.shared.Scope;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports households with their residents from a UTF-8 CSV (commas or semicolons) or an
 * XLSX workbook (one line per resident, the household's columns repeated; a line without
 * anything of a resident is a household alone). The columns are the template's or the
 * exports' headers. The file is streamed: each line is checked, good lines go by COPY
 * into a staging table, then codes are checked against the database and everything is
 * inserted by set-based SQL. One error anywhere and nothing is saved.
 */
@Service
public class RegistryImport {

	private final ImportPlaces places;

	private final NationalIds nationalIds;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final ImportValues values;

	private final ImportColumns columns;

	RegistryImport(ImportPlaces places, NationalIds nationalIds, DataSource dataSource, JdbcClient jdbc,
			AuditTrail audit, Clock clock, MessageSource messages) {
		this.values = new ImportValues(messages);
		this.columns = new ImportColumns(messages);
		this.places = places;
		this.nationalIds = nationalIds;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The header and two example lines. */
	public static String template() {
		return String.join(",", ImportRow.COLUMNS) + "\n"
				+ "KL-0001,03439,Bản Ka Lăng,Cạnh suối,22.65,102.83,THAI,THAI,yes,no,no,Lò Văn Hùng,M,1978,THAI,"
				+ "THAI;VIETNAMESE,A_LITTLE,HEAD,0912345678,012345678901,2020-01-01\n"
				+ "KL-0001,03439,Bản Ka Lăng,Cạnh suối,22.65,102.83,THAI,THAI,yes,no,no,Tòng Thị Ơn,F,1982,THAI,"
				+ "THAI,NO,SPOUSE,,,\n";
	}

	@Transactional
	public ImportReport run(Scope scope, InputStream input, boolean dryRun) {
		return run(scope, input, dryRun, false);
	}

	/**
	 * As {@link #run(Scope, InputStream, boolean)}; demo data passes {@code demo = true}.
	 */
	@Transactional
	public ImportReport run(Scope scope, InputStream input, boolean dryRun, boolean demo) {
		return run(scope, input, dryRun, demo, ImportReport.MAX_ERRORS, Progress.NONE);
	}

	/**
	 * As {@link #run(Scope, InputStream, boolean)}, keeping up to {@code maxErrors}
	 * problems and telling {@code progress} how far it got every few thousand lines.
	 */
	@Transactional
	public ImportReport run(Scope scope, InputStream input, boolean dryRun, boolean demo, int maxErrors,
			Progress progress) {
		ImportParser parser = new ImportParser(this.places.communes(scope), this.places.hamlets(scope),
				this.nationalIds, Year.now(this.clock).getValue(), maxErrors, !dryRun, this.values);
		CountingInput counted = new CountingInput(input);
		long rows;
		try {
			this.jdbc.sql(ImportSql.STAGE).update();
			rows = parse(counted, parser, progress, dryRun ? ImportParser.COPY_CODES : ImportParser.COPY_WHOLE);
		}
		catch (CharacterCodingException ex) {
			return failed(parser, 0, "regimport.error.encoding");
		}
		catch (IOException | UncheckedIOException ex) {
			return failed(parser, 0, "regimport.error.unreadable");
		}
		if (parser.errorCount() == 0) {
			for (Map.Entry<Long, String> clash : this.jdbc.sql(ImportSql.CLASHES)
				.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.list()) {
				parser.error(clash.getKey(), "household_code", "household.error.code.duplicate", clash.getValue());
			}
		}
		if (parser.errorCount() > 0 || dryRun) {
			rollback();
			return new ImportReport(rows, parser.households(), parser.residents(), false, parser.errors(),
					parser.errorCount());
		}
		ImportSql.insert(this.jdbc, CurrentActor.username(), demo);
		this.audit.record("REGISTRY_IMPORTED", "household", null,
				"households=" + parser.households() + ", residents=" + parser.residents());
		return new ImportReport(rows, parser.households(), parser.residents(), true, List.of(), 0);
	}

	private long parse(CountingInput input, ImportParser parser, Progress progress, String copySql) throws IOException {
		long rows = 0;
		try (ImportLines lines = ImportLines.open(input)) {
			List<String> header = lines.header();
			int[] positions = this.columns.positions(header, parser);
			if (positions == null) {
				if (header.size() <= 1) {
					parser.error(1, null, "regimport.error.header", String.join(",", ImportRow.COLUMNS));
				}
				return 0;
			}
			parser.columns(positions, header.size());
			try (CopyWriter copy = new CopyWriter(this.dataSource, copySql)) {
				for (String[] cells = lines.next(); cells != null; cells = lines.next()) {
					if ((++rows & 4095) == 0) {
						progress.lines(rows, input.count);
					}
					parser.line(cells, lines.number(), copy.text());
					copy.send(parser.errorCount() > 0);
				}
				copy.end();
			}
		}
		catch (ImportLines.Refused ex) {
			parser.error(0, null, ex.messageKey);
			return 0;
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw ex;
		}
		return rows;
	}

	private ImportReport failed(ImportParser parser, long line, String key) {
		rollback();
		parser.error(line, null, key);
		return new ImportReport(0, 0, 0, false, List.of(new LineError(line, null, key)), 1);
	}

	/** Told how far an import got: data lines and bytes read so far. */
	public interface Progress {

		Progress NONE = (lines, bytes) -> {
		};

		void lines(long lines, long bytes);

	}

	private static void rollback() {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
	}

}
