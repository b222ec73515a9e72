package org.causo.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link Images#clean} for the whole application, a few at a time: decoding a photo takes
 * up to 48 MB and a second of CPU, so at most {@code causo.images.concurrent-decodes} run
 * at once and the others wait a moment, then get {@link ServerBusyException} (429) rather
 * than exhaust the heap. Size and type are checked before waiting, as they cost nothing.
 */
@Component
public class ImageCleaner {

	final Semaphore slots;

	private final Duration wait;

	/**
	 * @param slots decodes at once; 0 (the default) means half the cores, at least one,
	 * so that a flood of photos leaves CPU to everything else
	 * @param wait how long a photo waits for a slot before the "busy" answer
	 */
	ImageCleaner(@Value("${causo.images.concurrent-decodes:0}") int slots,
			@Value("${causo.images.decode-wait:3s}") Duration wait) {
		// no ImageIO stream anywhere in this JVM spools to imageio*.tmp files in clear
		ImageIO.setUseCache(false);
		this.slots = new Semaphore((slots > 0) ? slots : Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
				true);
		this.wait = wait;
	}

	public Images.Clean clean(byte[] upload, int maxBytes, Images.Messages messages) {
		if (upload.length > maxBytes) {
			throw InvalidInputException.of(messages.field(), messages.tooLarge(), maxBytes / (1024 * 1024));
		}
		if (Images.sniff(upload) == null) {
			throw InvalidInputException.of(messages.field(), messages.type());
		}
		try {
			if (!this.slots.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ServerBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServerBusyException();
		}
		try {
			return Images.clean(upload, maxBytes, messages);
		}
		finally {
			this.slots.release();
		}
	}

}
