package org.causo.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.causo.identity.Role;
import org.causo.orgunit.UnitKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from the bundles, in Vietnamese, English and French: a
 * template with a hard-coded string, or a key missing from any bundle, fails here.
 */
class MessageBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	private static final List<String> LANGUAGES = List.of("", "_en", "_fr");

	/**
	 * Attributes a person reads or hears; a literal value in them is a hard-coded string.
	 */
	private static final List<String> READ_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "label",
			"value");

	@Test
	void everyBundleHasTheSameKeysInVietnameseEnglishAndFrench() throws IOException {
		for (String base : baseNames()) {
			Set<String> vietnamese = load(base, "").stringPropertyNames();
			assertThat(vietnamese).as(base).isNotEmpty();
			for (String lang : List.of("_en", "_fr")) {
				assertThat(load(base, lang).stringPropertyNames()).as(base + lang).isEqualTo(vietnamese);
			}
		}
	}

	@Test
	void noKeyIsDefinedTwiceInABundleOrInTwoBundles() throws IOException {
		for (String lang : LANGUAGES) {
			java.util.Map<String, String> owner = new java.util.HashMap<>();
			for (String base : baseNames()) {
				Set<String> seen = new java.util.HashSet<>();
				for (String line : Files.readAllLines(BUNDLES.resolve(base + lang + ".properties"))) {
					String t = line.strip();
					if (t.isEmpty() || t.startsWith("#") || !t.contains("=")) {
						continue;
					}
					String key = t.substring(0, t.indexOf('=')).strip();
					assertThat(seen.add(key)).as(base + lang + " defines " + key + " twice").isTrue();
					String other = owner.putIfAbsent(key, base);
					assertThat(other).as(key + " in both " + other + " and " + base + " (the first listed wins)")
						.isNull();
				}
			}
		}
	}

	@Test
	void everyBundleIsListedInTheApplicationProperties() throws IOException {
		String properties = Files.readString(Path.of("src/main/resources/application.properties"));
		for (String base : baseNames()) {
			assertThat(properties).contains("i18n/" + base);
		}
	}

	@Test
	void apostrophesAreDoubledBecauseEveryMessageGoesThroughMessageFormat() throws IOException {
		List<String> bad = new ArrayList<>();
		for (String base : baseNames()) {
			for (String lang : LANGUAGES) {
				Properties p = load(base, lang);
				for (String key : p.stringPropertyNames()) {
					if (p.getProperty(key).replace("''", "").contains("'")) {
						bad.add(base + lang + ": " + key);
					}
				}
			}
		}
		assertThat(bad).isEmpty();
	}

	@Test
	void everyKeyATemplateOrTheCodeUsesExistsInEveryLanguage() throws IOException {
		Set<String> used = new TreeSet<>();
		Pattern templateKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		Pattern msgCall = Pattern.compile("#messages\\.msg(?:WithParams)?\\('([a-zA-Z0-9_.]+)'");
		for (Path template : files(TEMPLATES, ".html")) {
			String html = Files.readString(template);
			collect(templateKey, html, used);
			collect(msgCall, html, used);
		}
		Pattern javaKey = Pattern.compile(
				"\"((?:unit|post|import|officer|password|totp|token|error|login|enrol|tip|receipt|report|mailbox|qr|recovery|case|stats|household|resident|survey|registry|regimport|export|questions|fieldwork|skill|team|visit|assignment|donor|donors|donation|donations|device|devices|handover|handovers|followup|priority|training|class|classes|attendance|walkin|law)\\.[a-zA-Z0-9_.]+)\"");
		for (Path source : files(JAVA, ".java")) {
			collect(javaKey, Files.readString(source), used);
		}
		for (UnitKind kind : UnitKind.values()) {
			used.add("kind." + kind);
		}
		for (Role role : Role.values()) {
			used.add("role." + role);
		}
		for (String status : List.of("400", "403", "404", "413", "500")) {
			used.add("error." + status + ".title");
			used.add("error." + status + ".text");
		}
		for (String lang : List.of("vi", "en", "fr")) {
			used.add("lang." + lang);
		}
		for (org.causo.mailbox.MailboxKind kind : org.causo.mailbox.MailboxKind.values()) {
			for (String prefix : List.of("tip.title.", "tip.intro.", "tip.category.", "mailbox.kind.")) {
				used.add(prefix + kind);
			}
			kind.categories().forEach((c) -> used.add("tip.cat." + c));
		}
		for (org.causo.mailbox.ReportStatus status : org.causo.mailbox.ReportStatus.values()) {
			used.add("report.status." + status);
			used.add("report.moveTo." + status);
		}
		for (String reason : List.of("RETIRED", "PAUSED", "UNKNOWN")) {
			used.add("closed.title." + reason);
			used.add("closed.text." + reason);
		}
		for (String status : List.of("ACTIVE", "PAUSED", "RETIRED")) {
			used.add("points.status." + status);
		}
		for (String author : List.of("OFFICER", "REPORTER")) {
			used.add("thread.author." + author);
			used.add("report.author." + author);
		}
		for (var mode : org.causo.mailbox.Questions.Mode.values()) {
			used.add("questions.mode." + mode);
		}
		for (var type : org.causo.mailbox.Questions.Type.values()) {
			used.add("questions.type." + type);
		}
		for (String language : org.causo.mailbox.Questions.LANGUAGES) {
			used.add("questions.label." + language);
		}
		for (String asked : List.of("when", "where")) {
			used.add("tip." + asked);
			used.add("tip." + asked + ".required");
			used.add("questions.ask." + asked);
		}
		used.addAll(List.of("questions.ask.files", "tip.YES", "tip.NO"));
		used.removeIf((key) -> key.endsWith("."));
		assertThat(used).hasSizeGreaterThan(100);
		for (String lang : LANGUAGES) {
			Set<String> known = new TreeSet<>();
			for (String base : baseNames()) {
				known.addAll(load(base, lang).stringPropertyNames());
			}
			assertThat(known).as("keys in bundles" + lang).containsAll(used);
		}
	}

	@Test
	void everyAuditActionTheCodeRecordsHasALabelInEveryLanguage() throws IOException {
		Set<String> actions = new TreeSet<>();
		collect(Pattern.compile("\\.record\\(\\s*\"([A-Z][A-Z_]+[A-Z])\""), String.join("\n", sources()), actions);
		assertThat(actions).as("the scan finds the actions")
			.contains("HOUSEHOLD_UNASSIGNED", "CLASS_ENROLMENT_REMOVED");
		for (String lang : LANGUAGES) {
			Set<String> keys = new TreeSet<>();
			for (String base : baseNames()) {
				keys.addAll(load(base, lang).stringPropertyNames());
			}
			assertThat(actions.stream().filter((a) -> !keys.contains("audit.action." + a)).toList())
				.as("audit actions without a label in the bundles" + lang)
				.isEmpty();
		}
	}

	private static List<String> sources() throws IOException {
		List<String> all = new ArrayList<>();
		for (Path source : files(JAVA, ".java")) {
			all.add(Files.readString(source));
		}
		return all;
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : doc.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace") || element.hasAttr("th:insert");
				for (TextNode text : element.textNodes()) {
					String words = text.text().replaceAll("[\\s\\p{Punct}\\d—→←·×]+", "");
					if (!replaced && !words.isEmpty()) {
						found.add(template + ": <" + element.tagName() + "> " + text.text().strip());
					}
				}
				for (String attribute : READ_ATTRIBUTES) {
					String value = element.attr(attribute);
					boolean literal = value.replaceAll("[\\s\\p{Punct}\\d]+", "").length() > 0;
					boolean formValue = "value".equals(attribute) && !"button".equals(element.attr("type"))
							&& !"submit".equals(element.attr("type"));
					if (element.hasAttr(attribute) && literal && !formValue) {
						found.add(template + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckFindsAHardCodedString() {
		Document doc = Jsoup.parse("<p>Xin chào</p><p th:text=\"#{a}\">x</p>", "", Parser.xmlParser());
		long hardCoded = doc.getAllElements()
			.stream()
			.filter((e) -> !e.hasAttr("th:text"))
			.flatMap((e) -> e.textNodes().stream())
			.filter((t) -> !t.isBlank())
			.count();
		assertThat(hardCoded).isEqualTo(1);
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			into.add(m.group(1));
		}
	}

	private static List<String> baseNames() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map((p) -> p.getFileName().toString())
				.filter((n) -> n.endsWith(".properties") && !n.contains("_"))
				.map((n) -> n.substring(0, n.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Properties load(String base, String lang) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(BUNDLES.resolve(base + lang + ".properties"))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((p) -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
