package org.causo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Screenshots of a running app at phone width (360×740), logged in as a demo account
 * without TOTP (a support member or the analyst), for people to look at: {@code Shots
 * <base url> <username> <password> <out dir> <path>...}. Run by {@code bench/shots.sh}.
 */
public final class Shots {

	private Shots() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path out = Path.of(args[3]);
		Files.createDirectories(out);
		try (Playwright playwright = Playwright.create()) {
			Browser chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setHeadless(true)
					.setExecutablePath(Path.of(System.getProperty("chromium", "/usr/bin/chromium")))
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run")));
			BrowserContext context = chromium
				.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("vi-VN"));
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.fill("input[name=username]", args[1]);
			page.fill("input[name=password]", args[2]);
			page.click("button[type=submit]");
			page.waitForLoadState();
			for (int i = 4; i < args.length; i++) {
				long started = System.nanoTime();
				page.navigate(base + args[i]);
				long ms = (System.nanoTime() - started) / 1_000_000;
				String name = String.format("%02d", i - 3) + args[i].replaceAll("[^A-Za-z0-9]+", "_") + ".png";
				page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name)).setFullPage(true));
				System.out.printf("%s %d ms %s%n", args[i], ms, out.resolve(name));
			}
		}
	}

}
