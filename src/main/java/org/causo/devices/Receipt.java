package org.causo.devices;

/**
 * The photo of a signed receipt, opened for a reader entitled to it.
 *
 * @param contentType image/jpeg or image/png
 * @param bytes the image, without metadata
 */
public record Receipt(String contentType, byte[] bytes) {

}
