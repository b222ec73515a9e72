package org.causo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.causo.CausoApplication;
import org.causo.library.LawLibrary;
import org.causo.library.LawResults;
import org.causo.library.law.DocumentStore;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts the application on a fresh embedded database with the demo's 35 real
 * resolutions, repeats their articles under new document numbers ("…-B7", set-based
 * copies into the library's tables, so the same generated tsvector column and GIN index)
 * until there are at least {@code -Darticles} (100,000), then times a query mix through
 * the facade ({@link LawLibrary#search}) and over HTTP ({@code GET /law?q=}), and reads
 * the gzipped first-view bytes of a results page and of document pages. Prints the
 * figures for BENCHMARKS.md; not a test. Run: {@code bench/run-law.sh}.
 */
public final class LawSearchBench {

	private static final int ARTICLES = Integer.getInteger("articles", 100_000);

	private static final int WARMUP = Integer.getInteger("warmup", 3);

	private static final int ROUNDS = Integer.getInteger("rounds", 15);

	/**
	 * The mix: diacritics or not, numbers spelt several ways, phrases, rare and common
	 * words.
	 */
	private static final List<String> MIX = List.of("sắp xếp đơn vị hành chính cấp xã",
			"sap xep don vi hanh chinh cap xa", "xã", "1654/NQ-UBTVQH15", "1654 nq ubtvqh15", "nghị quyết 1654",
			"60-NQ/TW", "\"hiệu lực thi hành\"", "\"co hieu luc thi hanh\"", "Lai Châu", "xã Mường Tè", "A Lù",
			"blockchain");

	/**
	 * {@code -Dqueries=a|b|c} measures only those (the common words take seconds each).
	 */
	private static final List<String> QUERIES = (System.getProperty("queries") != null)
			? List.of(System.getProperty("queries").split("\\|")) : MIX;

	private LawSearchBench() {
	}

	public static void main(String[] args) throws Exception {
		// -Ddata=<folder> keeps the grown database for the next run (and for EXPLAIN in
		// psql)
		Path data = (System.getProperty("data") != null) ? Files.createDirectories(Path.of(System.getProperty("data")))
				: Files.createTempDirectory("causo-law-bench");
		try (ConfigurableApplicationContext app = SpringApplication.run(CausoApplication.class,
				"--causo.data-dir=" + data, "--server.port=0", "--causo.demo.households=400",
				"--logging.level.org.causo.request=WARN", "--spring.main.banner-mode=off")) {
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			if (jdbc.sql("select count(*) from law_article").query(Long.class).single() < ARTICLES) {
				grow(jdbc);
			}
			hold(app);
			LawLibrary library = app.getBean(LawLibrary.class);
			HttpClient http = HttpClient.newHttpClient();
			String base = "http://127.0.0.1:" + port;
			for (int i = 0; i < WARMUP; i++) {
				for (String q : QUERIES) {
					library.search(q);
					get(http, base + "/law?q=" + enc(q));
				}
			}
			System.out.printf("law: %-36s %8s %8s %8s %8s %7s %9s %9s%n", "query", "fac p50", "fac p95", "http p50",
					"http p95", "docs", "articles", "gzip B");
			List<Double> allFacade = new ArrayList<>();
			List<Double> allHttp = new ArrayList<>();
			for (String q : QUERIES) {
				double[] facade = time(() -> library.search(q));
				double[] web = time(() -> get(http, base + "/law?q=" + enc(q)));
				LawResults r = library.search(q);
				long articles = r.documents().stream().mapToLong((d) -> d.articles().size()).sum();
				Page page = get(http, base + "/law?q=" + enc(q));
				Arrays.stream(facade).forEach(allFacade::add);
				Arrays.stream(web).forEach(allHttp::add);
				System.out.printf("law: %-36s %8.1f %8.1f %8.1f %8.1f %7d %9d %9d%n", q, pct(facade, 50),
						pct(facade, 95), pct(web, 50), pct(web, 95), r.documents().size(), articles, page.gzip);
			}
			double[] f = allFacade.stream().mapToDouble(Double::doubleValue).toArray();
			double[] h = allHttp.stream().mapToDouble(Double::doubleValue).toArray();
			System.out.printf(
					"law: whole mix, %d calls each: facade p50 %.1f ms p95 %.1f ms; http p50 %.1f ms p95 %.1f ms%n",
					f.length, pct(f, 50), pct(f, 95), pct(h, 50), pct(h, 95));
			documentPages(jdbc, http, base);
		}
	}

	/**
	 * Copies the demo's documents, chapters and articles under new numbers, in batches.
	 */
	private static void grow(JdbcClient jdbc) {
		long original = jdbc.sql("select count(*) from law_article").query(Long.class).single();
		long maxId = jdbc.sql("select max(id) from law_document").query(Long.class).single();
		int copies = (int) ((ARTICLES - original + original - 1) / original);
		long start = System.nanoTime();
		for (int from = 1; from <= copies; from += 50) {
			int to = Math.min(copies, from + 49);
			jdbc.sql("""
					insert into law_document (number, number_key, type, title, issuer, signed_on, effective_on, status,
					                          preamble, numbered_points, source, imported_by)
					select d.number || '-B' || k, d.number_key || ' b' || k, d.type, d.title, d.issuer, d.signed_on - k,
					       d.effective_on, d.status, d.preamble, d.numbered_points, d.source, 'bench'
					from law_document d cross join generate_series(:from, :to) k where d.id <= :max
					""").param("from", from).param("to", to).param("max", maxId).update();
			jdbc.sql("""
					insert into law_chapter (document_id, position, number, title)
					select n.id, c.position, c.number, c.title
					from law_chapter c join law_document o on o.id = c.document_id
					cross join generate_series(:from, :to) k
					join law_document n on n.number_key = o.number_key || ' b' || k
					where o.id <= :max
					""").param("from", from).param("to", to).param("max", maxId).update();
			jdbc.sql(
					"""
							insert into law_article (document_id, position, chapter_position, number, title, body, head_key, body_key)
							select n.id, a.position, a.chapter_position, a.number, a.title, a.body,
							       replace(a.head_key, o.number_key, n.number_key), a.body_key
							from law_article a join law_document o on o.id = a.document_id
							cross join generate_series(:from, :to) k
							join law_document n on n.number_key = o.number_key || ' b' || k
							where o.id <= :max
							""")
				.param("from", from)
				.param("to", to)
				.param("max", maxId)
				.update();
		}
		jdbc.sql("analyze law_document").update();
		jdbc.sql("analyze law_article").update();
		String number = jdbc.sql("select number from law_document where id = :id")
			.param("id", maxId + 1)
			.query(String.class)
			.single();
		String key = jdbc.sql("select number_key from law_document where id = :id")
			.param("id", maxId + 1)
			.query(String.class)
			.single();
		if (!DocumentStore.numberKey(number).equals(key)) {
			throw new IllegalStateException("copied number key " + key + " is not the product's for " + number);
		}
		System.out.printf("law: %d demo articles copied %d times -> %s documents, %s articles, in %.1f s; %s%n",
				original, copies, jdbc.sql("select count(*) from law_document").query(Long.class).single(),
				jdbc.sql("select count(*) from law_article").query(Long.class).single(),
				(System.nanoTime() - start) / 1e9,
				jdbc.sql("select pg_size_pretty(pg_total_relation_size('law_article'))").query(String.class).single());
	}

	/**
	 * {@code -Dhold=<seconds>} keeps the app and its database up before the timings, so
	 * that queries can be tried in psql on the grown data.
	 */
	private static void hold(ConfigurableApplicationContext app) throws InterruptedException {
		long seconds = Long.getLong("hold", 0);
		if (seconds > 0) {
			System.out.printf("law: holding %d s; database %s%n", seconds,
					app.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)
						.getJdbcUrl("postgres", "postgres"));
			Thread.sleep(seconds * 1000);
		}
	}

	private static void documentPages(JdbcClient jdbc, HttpClient http, String base) {
		List<String> lines = jdbc.sql("""
				(select 'largest ' || number || ' (' || n || ' articles)', id from (
				   select d.id, d.number, count(*) n, sum(length(a.body)) s from law_document d
				   join law_article a on a.document_id = d.id where d.imported_by <> 'bench'
				   group by d.id order by s desc limit 1) x)
				union all
				(select 'median ' || number || ' (' || n || ' articles)', id from (
				   select d.id, d.number, count(*) n, sum(length(a.body)) s from law_document d
				   join law_article a on a.document_id = d.id where d.imported_by <> 'bench'
				   group by d.id order by s limit 1 offset 17) y)
				""").query((rs, i) -> rs.getString(1) + "|" + rs.getLong(2)).list();
		for (String line : lines) {
			String[] parts = line.split("\\|");
			Page p = get(http, base + "/law/" + parts[1]);
			double[] t = time(() -> get(http, base + "/law/" + parts[1]));
			System.out.printf("law: document page %s: %d B HTML, %d B gzip; http p50 %.1f ms p95 %.1f ms%n", parts[0],
					p.raw, p.gzip, pct(t, 50), pct(t, 95));
		}
		Page front = get(http, base + "/law");
		System.out.printf("law: front page (no query): %d B HTML, %d B gzip%n", front.raw, front.gzip);
	}

	private static double[] time(Supplier<?> call) {
		double[] ms = new double[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			call.get();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		return ms;
	}

	private static double pct(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private static String enc(String q) {
		return URLEncoder.encode(q, StandardCharsets.UTF_8);
	}

	private static Page get(HttpClient http, String url) {
		try {
			HttpResponse<byte[]> r = http.send(
					HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (r.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + r.statusCode());
			}
			byte[] body = r.body();
			boolean gzipped = r.headers().firstValue("Content-Encoding").orElse("").contains("gzip");
			long raw = body.length;
			if (gzipped) {
				try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					in.transferTo(out);
					raw = out.size();
				}
			}
			return new Page(raw, gzipped ? body.length : -1);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Page(long raw, long gzip) {

	}

}
