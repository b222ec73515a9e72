package org.causo.support;

import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium (Debian's package) for the whole test run, shared by every
 * browser test; each test gets its own context, at phone size, so cookies never leak
 * between tests.
 */
public final class Browser {

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-dev-shm-usage");

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser chromium;

	private Browser() {
	}

	private static synchronized com.microsoft.playwright.Browser chromium() {
		if (chromium == null) {
			playwright = Playwright.create();
			chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setHeadless(true)
					.setExecutablePath(Path.of(System.getProperty("causo.chromium", "/usr/bin/chromium")))
					.setArgs(ARGS));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				chromium.close();
				playwright.close();
			}));
		}
		return chromium;
	}

	/** A fresh phone-sized context (360×740), JavaScript on or off. */
	public static BrowserContext phone(boolean javaScript) {
		return chromium().newContext(
				new NewContextOptions().setViewportSize(360, 740).setJavaScriptEnabled(javaScript).setLocale("vi-VN"));
	}

	/**
	 * The serious and critical accessibility violations axe-core finds on the page, as
	 * readable lines; an empty list means the page passes.
	 */
	public static List<String> seriousViolations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		return results.getViolations()
			.stream()
			.filter((Rule r) -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
			.map((Rule r) -> page.url() + ": " + r.getId() + " " + r.getHelp() + " " + r.getNodes().size())
			.toList();
	}

}
