package org.causo.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.causo.support.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImagesTests {

	private static final Images.Messages MESSAGES = new Images.Messages("files", "tooLarge", "type", "pixels",
			"broken");

	@Test
	void aPhotoOverTwelveMegapixelsIsRefusedFromItsHeaderAlone() {
		assertThat(problem(() -> Images.clean(TestImages.pngClaiming(4_000, 3_250), Integer.MAX_VALUE, MESSAGES)))
			.isEqualTo("pixels");
	}

	@Test
	void aPhotoWithMoreThanEightBitsPerChannelIsRefusedBeforeDecoding() throws IOException {
		BufferedImage deep = new BufferedImage(40, 30, BufferedImage.TYPE_USHORT_GRAY);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(deep, "png", png);
		assertThat(problem(() -> Images.clean(png.toByteArray(), Integer.MAX_VALUE, MESSAGES))).isEqualTo("broken");
	}

	@Test
	void whenEveryDecodingSlotIsTakenAPhotoGetsBusyButAWrongFileIsStillToldSo() throws InterruptedException {
		ImageCleaner cleaner = new ImageCleaner(1, Duration.ZERO);
		cleaner.slots.acquire();
		assertThatThrownBy(() -> cleaner.clean(TestImages.plain("png"), Integer.MAX_VALUE, MESSAGES))
			.isInstanceOf(ServerBusyException.class);
		assertThat(problem(() -> cleaner.clean("not a photo at all".getBytes(), Integer.MAX_VALUE, MESSAGES)))
			.isEqualTo("type");
		cleaner.slots.release();
		assertThat(cleaner.clean(TestImages.plain("png"), Integer.MAX_VALUE, MESSAGES).contentType())
			.isEqualTo("image/png");
	}

	private static String problem(Runnable clean) {
		try {
			clean.run();
		}
		catch (InvalidInputException ex) {
			return ex.problems().get(0).messageKey();
		}
		return "accepted";
	}

}
