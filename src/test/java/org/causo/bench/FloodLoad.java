package org.causo.bench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
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
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Real tips during a flood of bad requests, on a running Cầu Số (loopback only). For a
 * fixed time (bounded, and each attacker's requests bounded in count) it runs, at once:
 * <ul>
 * <li>photo flood: new tips and replies (with the attacker's own valid receipt) carrying
 * five 12-megapixel photos each;</li>
 * <li>wrong receipts on {@code /r};</li>
 * <li>wrong passwords on {@code /login}, for a real and an unknown username;</li>
 * <li>real tips, paced (GET the form, POST it, as a phone does), one in ten with a small
 * photo.</li>
 * </ul>
 * Prints the flood's rate and answers, the tips' throughput, p50/p99 and failures, and
 * the server's resident memory (peak). Arguments: base URL, data folder (demo.json),
 * server pid, seconds, tips per second. Run by bench/run-flood.sh; not a test.
 */
public final class FloodLoad {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("\"url\"\\s*:\\s*\"(/q/[A-Z0-9]+)\"");

	private static final Pattern RECEIPT = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}");

	/** Each attacker stops after this many requests, whatever the time left. */
	private static final int MAX_PER_ATTACKER = 20_000;

	private final String base;

	private final List<String> codes;

	private final long deadline;

	private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();

	private final AtomicLong floodRequests = new AtomicLong();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private FloodLoad(String base, List<String> codes, long deadline) {
		this.base = base;
		this.codes = codes;
		this.deadline = deadline;
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path data = Path.of(args[1]);
		long pid = Long.parseLong(args[2]);
		int seconds = Integer.parseInt(args[3]);
		int tipsPerSecond = Integer.parseInt(args[4]);
		boolean flood = args.length < 6 || !"no-flood".equals(args[5]);
		List<String> codes = new ArrayList<>();
		Matcher m = CODE.matcher(Files.readString(data.resolve("demo.json")));
		while (m.find()) {
			codes.add(m.group(1));
		}
		new FloodLoad(base, codes, System.nanoTime() + seconds * 1_000_000_000L).run(pid, tipsPerSecond, flood);
	}

	private void run(long pid, int tipsPerSecond, boolean flood) throws Exception {
		byte[] bigPhoto = photo(4_000, 3_000);
		byte[] smallPhoto = photo(800, 600);
		System.out.printf("attack photo: 4000x3000 JPEG, %d KB (five per request)%n", bigPhoto.length / 1024);
		String attackerReceipt = receipt(submit(this.codes.get(0), "attacker's own tip to get a receipt", null).body());
		AtomicLong peakRss = new AtomicLong();
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong tipFailures = new AtomicLong();
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			pool.submit(() -> watchMemory(pid, peakRss));
			for (int i = 0; i < (flood ? 2 : 0); i++) {
				pool.submit(
						() -> attack("photos:tip", () -> submit(this.codes.get(0), "flood tip with five large photos",
								List.of(bigPhoto, bigPhoto, bigPhoto, bigPhoto, bigPhoto))
							.statusCode()));
				pool.submit(() -> attack("photos:reply",
						() -> reply(attackerReceipt, List.of(bigPhoto, bigPhoto, bigPhoto, bigPhoto, bigPhoto))));
			}
			Random random = new Random(7);
			for (int i = 0; i < (flood ? 4 : 0); i++) {
				pool.submit(() -> attack("wrong receipt",
						() -> post("/r", "receipt="
								+ String.format("%016d", Math.floorMod(random.nextLong(), 10_000_000_000_000_000L)))
							.statusCode()));
			}
			for (String username : flood ? List.of("kalang.commander", "no.such.officer") : List.<String>of()) {
				pool.submit(() -> attack("wrong password", () -> wrongPassword(username)));
			}
			// the real tips, paced, after the flood has started
			TimeUnit.SECONDS.sleep(2);
			long interval = 1_000_000_000L / tipsPerSecond;
			long tipsStart = System.nanoTime();
			List<java.util.concurrent.Future<?>> tips = new ArrayList<>();
			for (int i = 0; System.nanoTime() < this.deadline; i++) {
				long wait = tipsStart + i * interval - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				int n = i;
				tips.add(pool.submit(() -> {
					long t = System.nanoTime();
					try {
						receipt(submit(code(n), "real tip number " + n + " about a boat at night",
								(n % 10 == 0) ? List.of(smallPhoto) : null)
							.body());
						latencies.add((System.nanoTime() - t) / 1e6);
					}
					catch (Exception ex) {
						tipFailures.incrementAndGet();
					}
				}));
			}
			for (var tip : tips) {
				tip.get();
			}
			double tipSeconds = (System.nanoTime() - tipsStart) / 1e9;
			double floodSeconds = (System.nanoTime() - start) / 1e9;
			Collections.sort(latencies);
			System.out.printf("flood: %d requests in %.0f s, %.0f/s; answers: %s%n", this.floodRequests.get(),
					floodSeconds, this.floodRequests.get() / floodSeconds, new java.util.TreeMap<>(this.answers));
			System.out.printf(
					"real tips (GET form + POST, 1 in 10 with an 800x600 photo), offered %d/s: "
							+ "%d with a receipt, %.1f/s, %d failed; p50 %.0f ms, p99 %.0f ms%n",
					tipsPerSecond, latencies.size(), latencies.size() / tipSeconds, tipFailures.get(),
					percentile(latencies, 0.5), percentile(latencies, 0.99));
			System.out.printf("server resident memory, peak during the run: %d MB%n", peakRss.get() / 1024);
			pool.shutdownNow();
		}
	}

	private String code(int i) {
		// the first point is the attacker's; real tips use the others
		return this.codes.get(1 + Math.floorMod(i, this.codes.size() - 1));
	}

	private Object attack(String kind, Attempt attempt) {
		for (int i = 0; i < MAX_PER_ATTACKER && System.nanoTime() < this.deadline; i++) {
			String answer;
			try {
				answer = String.valueOf(attempt.send());
			}
			catch (Exception ex) {
				answer = "error " + ex.getClass().getSimpleName();
			}
			this.floodRequests.incrementAndGet();
			this.answers.computeIfAbsent(kind + " " + answer, (k) -> new AtomicLong()).incrementAndGet();
		}
		return null;
	}

	/** The tip form as a phone sends it. */
	private HttpResponse<String> submit(String code, String text, List<byte[]> photos) throws Exception {
		String token = token(get(code));
		if (photos == null) {
			return post(code, "token=" + enc(token) + "&category=OTHER&text=" + enc(text));
		}
		return multipart(code, Map.of("token", token, "category", "OTHER", "text", text), photos);
	}

	private int reply(String receipt, List<byte[]> photos) throws Exception {
		return multipart("/r/reply", Map.of("receipt", receipt, "text", "more photos"), photos).statusCode();
	}

	private int wrongPassword(String username) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(login.body());
		csrf.find();
		return browser
			.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"username=" + username + "&password=wrong-" + System.nanoTime() + "&_csrf=" + csrf.group(1)))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private String get(String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> multipart(String path, Map<String, String> fields, List<byte[]> photos)
			throws Exception {
		String boundary = "----flood" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		for (byte[] photo : photos) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"p.jpg\""
					+ "\r\nContent-Type: image/jpeg\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(photo);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The server's resident set, sampled every 200 ms, as its peak in kB. */
	private Object watchMemory(long pid, AtomicLong peak) throws Exception {
		while (System.nanoTime() < this.deadline) {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					long kb = Long.parseLong(line.replaceAll("\\D", ""));
					peak.accumulateAndGet(kb, Math::max);
				}
			}
			TimeUnit.MILLISECONDS.sleep(200);
		}
		return null;
	}

	/**
	 * A camera-like photo: smooth shading with noise, so that JPEG cannot shrink it away.
	 */
	private static byte[] photo(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(width);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int v = (x * 255 / width + y * 255 / height) / 2;
				image.setRGB(x, y, new Color(v, (v + random.nextInt(40)) % 256, 255 - v).getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	private static String receipt(String page) {
		Matcher m = RECEIPT.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no receipt");
		}
		return m.group();
	}

	private static String token(String html) {
		Matcher m = TOKEN.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no token");
		}
		return m.group(1);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static double percentile(List<Double> sorted, double q) {
		return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
	}

	@FunctionalInterface
	private interface Attempt {

		Object send() throws Exception;

	}

}
