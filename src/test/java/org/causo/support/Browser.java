package org.causo.support;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

/**
 * One headless Chromium (Debian's package) for the whole test run, shared by every
 * browser test; each test gets its own context, at phone size, so cookies never leak
 * between tests. The first browser test finds Chromium, or installs it (see
 * {@link Chromium}).
 */
public final class Browser {

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-dev-shm-usage");

	/** The contexts created with JavaScript off, where axe-core cannot run. */
	private static final Set<BrowserContext> SCRIPTLESS = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private static Playwright playwright;

	/** A page with scripts on where the pages of scriptless contexts are checked. */
	private static Page scratch;

	private static com.microsoft.playwright.Browser chromium;

	private Browser() {
	}

	private static synchronized com.microsoft.playwright.Browser chromium() {
		if (chromium == null) {
			playwright = Playwright.create();
			chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setHeadless(true)
					.setExecutablePath(Chromium.executable())
					.setArgs(ARGS));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				chromium.close();
				playwright.close();
			}));
		}
		return chromium;
	}

	/** A fresh phone-sized context (360×740), JavaScript on or off, in Vietnamese. */
	public static BrowserContext phone(boolean javaScript) {
		return phone(javaScript, "vi-VN");
	}

	/**
	 * A fresh phone-sized context whose browser asks for the given locale (it sends it as
	 * {@code Accept-Language}).
	 */
	public static BrowserContext phone(boolean javaScript, String locale) {
		BrowserContext context = chromium().newContext(
				new NewContextOptions().setViewportSize(360, 740).setJavaScriptEnabled(javaScript).setLocale(locale));
		if (!javaScript) {
			SCRIPTLESS.add(context);
		}
		return context;
	}

	/** Fails unless axe-core finds no serious or critical violation on the page. */
	public static void assertAccessible(Page page) {
		List<String> violations = seriousViolations(page);
		if (!violations.isEmpty()) {
			throw new AssertionError("accessibility violations:\n" + String.join("\n", violations));
		}
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/<name>.png}, for people
	 * to look at; nothing compares them.
	 */
	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", name + ".png").toAbsolutePath()));
	}

	/**
	 * The serious and critical accessibility violations axe-core finds on the page, as
	 * readable lines; an empty list means the page passes. axe-core is JavaScript, so for
	 * a page whose scripts are off it checks the same HTML, served at the same address
	 * (so that the same stylesheet applies), in a scratch page with scripts on.
	 */
	public static List<String> seriousViolations(Page page) {
		if (!SCRIPTLESS.contains(page.context())) {
			return seriousViolations(page, page.url());
		}
		String url = page.url();
		String html = page.content();
		Page mirror = scratchPage();
		mirror.unrouteAll();
		mirror.route((String u) -> u.equals(url), (Route route) -> route.fulfill(
				new Route.FulfillOptions().setStatus(200).setContentType("text/html;charset=UTF-8").setBody(html)));
		mirror.navigate(url);
		return seriousViolations(mirror, url);
	}

	private static synchronized Page scratchPage() {
		if (scratch == null) {
			scratch = chromium().newContext(new NewContextOptions().setViewportSize(360, 740).setLocale("vi-VN"))
				.newPage();
		}
		return scratch;
	}

	private static List<String> seriousViolations(Page page, String url) {
		// the legacy mode runs axe-core in the page itself, in one call: quicker, and no
		// page of its own (we have no frames to combine)
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.setLegacyMode(true)
			.analyze();
		return results.getViolations()
			.stream()
			.filter((Rule r) -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
			.map((Rule r) -> url + ": " + r.getId() + " " + r.getHelp() + " " + r.getNodes().size())
			.toList();
	}

}
