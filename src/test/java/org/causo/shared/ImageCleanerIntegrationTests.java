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
		// the demo's own point: other tests add points to the mailbox and fill them
		String code = this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
		WebSession phone = session();
		long before = this.jdbc.sql("select count(*) from report").query(Long.class).single();
		Map<String, String> tip = form(phone, code, "A photo of the boat at the landing");
		List<Upload> photo = List.of(new Upload("boat.png", "image/png", TestImages.plain("png")));
		int taken = this.cleaner.slots.drainPermits();
		try {
			WebSession.Page busy = phone.postFiles("/q/" + code + "?lang=en", tip, "files", photo);
			assertThat(busy.status()).isEqualTo(429);
			assertThat(busy.body()).contains("The system is receiving too many requests");
		}
		finally {
			this.cleaner.slots.release(taken);
		}
		assertThat(this.jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
		// the same form, once a slot is free, goes through
		assertThat(phone.postFiles("/q/" + code, tip, "files", photo).body())
			.containsPattern("\\d{4} \\d{4} \\d{4} \\d{4}");
	}

	private static Map<String, String> form(WebSession phone, String code, String text) {
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		return Map.of("token", token.group(1), "category", "SMUGGLING", "text", text);
	}

}
