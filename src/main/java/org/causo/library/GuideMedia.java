package org.causo.library;

/**
 * A stored picture or recording.
 *
 * @param name its name in {@code /guides/media/}: the SHA-256 of the bytes and an
 * extension
 * @param contentType its media type
 * @param bytes its content
 */
public record GuideMedia(String name, String contentType, byte[] bytes) {

}
