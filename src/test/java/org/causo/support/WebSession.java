package org.causo.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that behaves like a browser with JavaScript off: it keeps cookies, does
 * not follow redirects by itself (tests look at them), and sends the CSRF token of the
 * last page.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final TestClock clock;

	private final HttpClient http;

	private final CookieManager cookies;

	private String lastCsrf;

	/** Headers a TLS proxy adds to every request; none by default. */
	private final Map<String, String> proxyHeaders;

	/** Every Set-Cookie header received, as sent, to check their attributes. */
	private final List<String> cookiesSet = new java.util.concurrent.CopyOnWriteArrayList<>();

	WebSession(String base, TestClock clock) {
		this(base, clock, new CookieManager());
	}

	private WebSession(String base, TestClock clock, CookieManager cookies) {
		this(base, clock,
				HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build(),
				cookies, Map.of());
	}

	private WebSession(String base, TestClock clock, HttpClient http, CookieManager cookies,
			Map<String, String> proxyHeaders) {
		this.base = base;
		this.clock = clock;
		this.http = http;
		this.cookies = cookies;
		this.proxyHeaders = proxyHeaders;
	}

	/**
	 * A fresh browser that talks to the application through nginx as docs/operations.md
	 * configures it: the browser is on {@code https://<host>}, nginx adds the
	 * {@code X-Forwarded-*} headers. The browser's cookie jar is an https one, so it
	 * sends back {@code Secure} cookies as a real browser would.
	 */
	public WebSession behindTlsProxy(String host) {
		return behindTlsProxy(host, null);
	}

	/**
	 * The same behind a proxy that also passes the client's address in
	 * {@code X-Forwarded-For} (which docs/operations.md tells nginx not to do).
	 */
	public WebSession behindTlsProxy(String host, String clientAddress) {
		Map<String, String> headers = new LinkedHashMap<>(
				Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", host));
		if (clientAddress != null) {
			headers.put("X-Forwarded-For", clientAddress);
		}
		CookieManager jar = new CookieManager();
		java.net.CookieHandler httpsJar = new java.net.CookieHandler() {

			@Override
			public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
				return jar.get(https(uri), headers);
			}

			@Override
			public void put(URI uri, Map<String, List<String>> headers) throws IOException {
				jar.put(https(uri), headers);
			}

			private URI https(URI uri) {
				return URI.create("https://" + host + uri.getRawPath());
			}

		};
		return new WebSession(this.base, this.clock,
				HttpClient.newBuilder().cookieHandler(httpsJar).followRedirects(HttpClient.Redirect.NEVER).build(), jar,
				Map.copyOf(headers));
	}

	/** The Set-Cookie headers this session received, in order. */
	public List<String> cookiesSet() {
		return List.copyOf(this.cookiesSet);
	}

	/**
	 * The same browser (same cookies) talking to another node of the application, as
	 * happens behind a load balancer.
	 */
	public WebSession at(String otherBase) {
		WebSession other = new WebSession(otherBase, this.clock, this.http, this.cookies, this.proxyHeaders);
		other.lastCsrf = this.lastCsrf;
		return other;
	}

	/**
	 * Logs in through the password page and, where the account has one, the TOTP page.
	 */
	public WebSession login(DemoAccounts.Account account) {
		return login(account, "/");
	}

	/**
	 * Logs in and expects to land on the given page (a pending login step, for example).
	 */
	public WebSession login(DemoAccounts.Account account, String expectedPage) {
		get("/login");
		Page afterPassword = post("/login", Map.of("username", account.username(), "password", account.password()));
		String location = afterPassword.location();
		if (location != null && location.endsWith("/login/totp")) {
			get("/login/totp");
			Page afterTotp = post("/login/totp", Map.of("code", Totp.freshCode(this.clock, account.totpSecret())));
			location = afterTotp.location();
		}
		if (location == null || !location.endsWith(expectedPage)) {
			throw new IllegalStateException("login failed for " + account.username() + ": " + location);
		}
		return this;
	}

	/** Puts a cookie in the browser, as someone editing their cookies would. */
	public void setCookie(String name, String value) {
		java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.base), cookie);
	}

	/** The value of a cookie the browser holds, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** A GET with extra headers, for example a bearer token a browser would not send. */
	public Page get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.GET();
		headers.forEach(request::header);
		return send(request);
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET());
	}

	public Page get(String path, String acceptLanguage) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("Accept-Language", acceptLanguage)
			.GET());
	}

	/** Downloads a file, as bytes. */
	public byte[] getBytes(String path) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
			this.proxyHeaders.forEach(request::header);
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a form with the CSRF token of the last page that had one. */
	public Page post(String path, Map<String, String> form) {
		return post(path, List.copyOf(new LinkedHashMap<>(form).entrySet()));
	}

	/**
	 * Posts a form whose fields may repeat (checkboxes), with the CSRF token of the last
	 * page that had one.
	 */
	public Page post(String path, List<Map.Entry<String, String>> form) {
		List<Map.Entry<String, String>> fields = new ArrayList<>(form);
		if (this.lastCsrf != null && fields.stream().noneMatch((e) -> e.getKey().equals("_csrf"))) {
			fields.add(Map.entry("_csrf", this.lastCsrf));
		}
		String body = fields.stream()
			.map((e) -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts a {@code multipart/form-data} form with one file, as a browser sends a file
	 * upload, with the CSRF token of the last page that had one.
	 */
	public Page postFile(String path, Map<String, String> form, String fileField, String fileName, byte[] content) {
		return postFiles(path, form, fileField, List.of(new Upload(fileName, "text/csv", content)));
	}

	/** Posts a {@code multipart/form-data} form with several files in one field. */
	public Page postFiles(String path, Map<String, String> form, String fileField, List<Upload> files) {
		String boundary = "----causo" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.lastCsrf != null) {
			fields.putIfAbsent("_csrf", this.lastCsrf);
		}
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		for (Upload file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.bytes());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * A file to upload.
	 *
	 * @param name file name as the browser sends it
	 * @param contentType declared type
	 * @param bytes content
	 */
	public record Upload(String name, String contentType, byte[] bytes) {

	}

	/** Follows a redirect the way a browser would. */
	/** The cookies this browser would send, as a {@code Cookie} header's value. */
	public String cookieHeader() {
		return this.http.cookieHandler()
			.map((handler) -> ((java.net.CookieManager) handler).getCookieStore().getCookies())
			.orElse(List.of())
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	public Page follow(Page page) {
		String location = page.location();
		return get(location.startsWith("http")
				? URI.create(location).getRawPath()
						+ ((URI.create(location).getRawQuery() != null) ? "?" + URI.create(location).getRawQuery() : "")
				: location);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			this.proxyHeaders.forEach(request::header);
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			this.cookiesSet.addAll(response.headers().allValues("Set-Cookie"));
			Matcher m = CSRF.matcher(response.body());
			if (m.find()) {
				this.lastCsrf = m.group(1);
			}
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null), response.headers().map());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * A response.
	 *
	 * @param status HTTP status
	 * @param body the HTML
	 * @param location the Location header, if any
	 * @param headers all headers
	 */
	public record Page(int status, String body, String location, Map<String, java.util.List<String>> headers) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
