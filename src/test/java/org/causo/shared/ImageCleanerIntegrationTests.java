package org.causo.shared;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.support.IntegrationTest;
import org.causo.support.TestImages;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Upload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCleanerIntegrationTests extends IntegrationTest {

	@Autowired
	private ImageCleaner cleaner;

	@Test
	void aReporterWhosePhotoFindsEveryDecodingSlotTakenGetsTheBusyPageInTheirLanguage() throws Exception {
		String code = qrCode("Ka Lăng", "CRIME_TIP");
		WebSession phone = session();
		long before = this.jdbc.sql("select count(*) from report").query(Long.class).single();
		int taken = this.cleaner.slots.drainPermits();
		try {
			WebSession.Page busy = phone.postFiles("/q/" + code + "?lang=en",
					form(phone, code, "A photo of the boat at the landing"), "files",
					List.of(new Upload("boat.png", "image/png", TestImages.plain("png"))));
			assertThat(busy.status()).isEqualTo(429);
			assertThat(busy.body()).contains("The system is receiving too many requests");
		}
		finally {
			this.cleaner.slots.release(taken);
		}
		assertThat(this.jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
	}

	private static Map<String, String> form(WebSession phone, String code, String text) {
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		return Map.of("token", token.group(1), "category", "SMUGGLING", "text", text);
	}

}
