package org.causo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Load test of the anonymous tip form on a running Cầu Số (loopback only), in Java so
 * that the load generator takes as little of the machine's two cores as it can. Prints:
 * <ul>
 * <li>the public form's first view, raw and gzip;</li>
 * <li>submissions per second, saturated: each POST carries a fresh form token fetched
 * beforehand (the budget's "text tips per second": Argon2id receipt, encryption,
 * commit);</li>
 * <li>whole tips per second, saturated: GET the form, then POST it, as a phone does;</li>
 * <li>POST latency p50/p99 at half the submission rate.</li>
 * </ul>
 * Arguments: base URL, data folder (for demo.json). Run by bench/run-mailbox.sh; not a
 * test.
 */
public final class TipLoad {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("\"url\"\\s*:\\s*\"(/q/[A-Z0-9]+)\"");

	/** A receipt as the thank-you page shows it: four groups of four digits. */
	private static final Pattern RECEIPT = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}");

	private final String base;

	private final List<String> codes;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final long serverPid;

	private final String dataDir;

	private TipLoad(String base, List<String> codes, long serverPid, String dataDir) {
		this.dataDir = dataDir;
		this.base = base;
		this.codes = codes;
		this.serverPid = serverPid;
	}

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://127.0.0.1:8080";
		Path data = Path.of((args.length > 1) ? args[1] : "data");
		List<String> codes = new ArrayList<>();
		Matcher m = CODE.matcher(Files.readString(data.resolve("demo.json")));
		while (m.find()) {
			codes.add(m.group(1));
		}
		new TipLoad(base, codes, (args.length > 2) ? Long.parseLong(args[2]) : -1, data.toAbsolutePath().toString())
			.run();
	}

	private void run() throws Exception {
		byte[] raw = get(this.codes.get(0)).getBytes(StandardCharsets.UTF_8);
		System.out.printf("public form first view: %d bytes, %d bytes gzip%n", raw.length, gzip(raw).length);
		wholeTips(300, 16);
		int n = 3000;
		List<Form> forms = forms(n, 8);
		double[] cpuBefore = serverCpuSeconds();
		double rate = submissions(forms, 16);
		double[] cpuAfter = serverCpuSeconds();
		double cpuPerTip = (cpuAfter[0] + cpuAfter[1] - cpuBefore[0] - cpuBefore[1]) / n;
		double jvmPerTip = (cpuAfter[0] - cpuBefore[0]) / n;
		System.out.printf("saturated: %.0f submissions/s (%d POSTs, tokens fetched beforehand)%n", rate, n);
		if (this.serverPid > 0) {
			System.out.printf(
					"server CPU per submission (JVM + PostgreSQL): %.2f ms (JVM %.2f, PostgreSQL %.2f), so %.0f submissions/s on 2 cores of its own%n",
					cpuPerTip * 1000, jvmPerTip * 1000, (cpuPerTip - jvmPerTip) * 1000, 2 / cpuPerTip);
		}
		System.out.printf("saturated: %.0f whole tips/s (GET form + POST, %d tips)%n", wholeTips(1500, 16), 1500);
		int paced = (int) (rate / 2);
		List<Double> latencies = paced(forms(paced * 20, 8), paced);
		Collections.sort(latencies);
		System.out.printf("at %d/s: %d submissions, POST latency p50 %.1f ms, p99 %.1f ms%n", paced, latencies.size(),
				percentile(latencies, 0.50), percentile(latencies, 0.99));
	}

	/** Forms with fresh tokens, fetched in parallel before the timed part. */
	private List<Form> forms(int n, int workers) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
			List<Future<Form>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				String code = this.codes.get(i % this.codes.size());
				futures.add(pool.submit(() -> new Form(code, token(get(code)))));
			}
			List<Form> forms = new ArrayList<>();
			for (Future<Form> f : futures) {
				forms.add(f.get());
			}
			return forms;
		}
	}

	private double submissions(List<Form> forms, int workers) throws Exception {
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				futures.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < forms.size(); i = next.getAndIncrement()) {
						post(forms.get(i), i);
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		return forms.size() / ((System.nanoTime() - start) / 1e9);
	}

	private double wholeTips(int n, int workers) throws Exception {
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				futures.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						String code = this.codes.get(i % this.codes.size());
						post(new Form(code, token(get(code))), i);
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		return n / ((System.nanoTime() - start) / 1e9);
	}

	/** Sends the forms at a steady rate and returns each POST's latency in ms. */
	private List<Double> paced(List<Form> forms, int perSecond) throws Exception {
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		long interval = 1_000_000_000L / perSecond;
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < forms.size(); i++) {
				long due = start + i * interval;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				Form form = forms.get(i);
				int k = i;
				pool.submit(() -> {
					long t = System.nanoTime();
					post(form, k);
					latencies.add((System.nanoTime() - t) / 1e6);
					return null;
				});
			}
		}
		return latencies;
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + ": " + response.statusCode());
		}
		return response.body();
	}

	private void post(Form form, int i) throws IOException, InterruptedException {
		String body = "token=" + URLEncoder.encode(form.token(), StandardCharsets.UTF_8) + "&category=OTHER&text="
				+ URLEncoder.encode("benchmark tip number " + i + " with enough words", StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + form.code()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !RECEIPT.matcher(response.body()).find()) {
			throw new IllegalStateException("POST " + form.code() + ": " + response.statusCode() + ", no receipt");
		}
	}

	/**
	 * CPU time used so far, from /proc, in seconds: the server JVM's own, then the
	 * embedded PostgreSQL's (the postmaster runs from the data folder and is not the
	 * JVM's child, as pg_ctl detaches it, so it is found by its command line). It does
	 * not count the load generator, whatever else runs.
	 */
	private double[] serverCpuSeconds() throws IOException {
		if (this.serverPid <= 0) {
			return new double[2];
		}
		java.util.Map<Long, Long> parents = new java.util.HashMap<>();
		java.util.Map<Long, Long> ticks = new java.util.HashMap<>();
		java.util.Set<Long> postmasters = new java.util.HashSet<>();
		try (var dirs = Files.list(Path.of("/proc"))) {
			for (Path dir : dirs.filter((d) -> d.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String stat = Files.readString(dir.resolve("stat"));
					String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					long pid = Long.parseLong(dir.getFileName().toString());
					parents.put(pid, Long.parseLong(f[1]));
					// utime, stime, cutime, cstime (children already reaped count too)
					ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
							+ Long.parseLong(f[14]));
					String cmdline = Files.readString(dir.resolve("cmdline")).replace('\0', ' ');
					if (stat.contains("(postgres)") && cmdline.contains(this.dataDir)) {
						postmasters.add(pid);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		long database = 0;
		for (var entry : ticks.entrySet()) {
			for (Long p = entry.getKey(); p != null && p > 0; p = parents.get(p)) {
				if (postmasters.contains(p)) {
					database += entry.getValue();
					break;
				}
			}
		}
		long own = ticks.getOrDefault(this.serverPid, 0L);
		return new double[] { own / 100.0, database / 100.0 };
	}

	private static String token(String html) {
		Matcher m = TOKEN.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no token");
		}
		return m.group(1);
	}

	private static byte[] gzip(byte[] raw) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(raw);
		}
		return out.toByteArray();
	}

	private static double percentile(List<Double> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
	}

	private record Form(String code, String token) {

	}

}
