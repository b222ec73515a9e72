package org.causo.languages;

/**
 * What the translation screen lists: the texts of one added language, those whose key or
 * text contain {@code q}, only the missing ones when asked.
 */
public record TextQuery(String language, String q, boolean missingOnly) {

}
