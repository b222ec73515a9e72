package org.causo.library.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as typed, read into folded words and quoted phrases, and the PostgreSQL
 * {@code tsquery} texts made from them. Every word is folded to letters and digits, so
 * nothing typed can break the query's syntax.
 *
 * @param words every word, those of the phrases included, in order
 * @param phrases the quoted phrases, each as its words
 */
public record SearchQuery(List<String> words, List<List<String>> phrases) {

	/** At most this many words are searched; the rest of a very long query is ignored. */
	static final int MAX_WORDS = 12;

	private static final Pattern QUOTED = Pattern.compile("[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]");

	public static SearchQuery parse(String typed) {
		String text = (typed != null) ? typed : "";
		List<List<String>> phrases = new ArrayList<>();
		Matcher m = QUOTED.matcher(text);
		while (m.find()) {
			List<String> phrase = List.of(SearchText.words(m.group(1)));
			if (phrase.size() > 1) {
				phrases.add(phrase.subList(0, Math.min(phrase.size(), MAX_WORDS)));
			}
		}
		List<String> words = Arrays.stream(SearchText.words(text)).limit(MAX_WORDS).toList();
		return new SearchQuery(words, phrases);
	}

	public boolean isEmpty() {
		return this.words.isEmpty();
	}

	/**
	 * Every word, the phrases as phrases: {@code nghi & quyet & (so <-> 57)}; with
	 * {@code any}, one word is enough.
	 */
	public String tsquery(boolean any) {
		Set<String> parts = new LinkedHashSet<>();
		for (List<String> phrase : this.phrases) {
			parts.add("(" + String.join(" <-> ", phrase) + ")");
		}
		Set<String> inPhrases = new LinkedHashSet<>();
		this.phrases.forEach(inPhrases::addAll);
		for (String word : this.words) {
			if (!inPhrases.contains(word) || any) {
				parts.add(word);
			}
		}
		return String.join(any ? " | " : " & ", parts);
	}

	/**
	 * The words next to each other in the order typed: ranks a phrase above scattered
	 * words.
	 */
	public String adjacent() {
		return String.join(" <-> ", this.words);
	}

	/** The words with a digit: a document number's number part ("57", "2025"). */
	public List<String> numbers() {
		return this.words.stream().filter((w) -> w.chars().anyMatch(Character::isDigit)).toList();
	}

	/**
	 * The words of digits only: the number part of a document number ("57" in "57-NQ/TW";
	 * "ubtvqh15" is a part too, but of thousands of numbers).
	 */
	public List<String> digits() {
		return this.words.stream().filter((w) -> w.chars().allMatch(Character::isDigit)).toList();
	}

}
