package org.causo.mailbox;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.causo.support.FileWatch;
import org.causo.support.IntegrationTest;
import org.causo.support.TestImages;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Upload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoIntegrationTests extends IntegrationTest {

	@Test
	void submittingATipWithAGpsPhotoStoresItWithoutLocation() throws Exception {
		byte[] photo = TestImages.jpegWithGps();
		assertThat(TestImages.contains(photo, TestImages.PLACE)).as("the test photo carries its place").isTrue();
		WebSession phone = session();
		String code = code();
		WebSession.Page sent = phone.postFiles("/q/" + code, form(phone, code, "Ảnh chụp xe chở hàng lậu ở cửa rừng"),
				"files", List.of(new Upload("IMG_2041.jpg", "image/jpeg", photo)));
		assertThat(sent.status()).isEqualTo(200);
		long reportId = this.jdbc.sql("select max(id) from report").query(Long.class).single();
		byte[] sealed = this.jdbc.sql("select sealed from report_file where report_id = :id")
			.param("id", reportId)
			.query(byte[].class)
			.single();
		assertThat(TestImages.contains(sealed, TestImages.PLACE)).isFalse();

		WebSession officer = loggedIn("kalang.commander");
		Matcher img = Pattern.compile("src=\"(/reports/" + reportId + "/files/\\d+)\"")
			.matcher(officer.get("/reports/" + reportId).body());
		assertThat(img.find()).as("the photo is shown inline").isTrue();
		byte[] shown = officer.getBytes(img.group(1));
		assertThat(TestImages.contains(shown, TestImages.PLACE)).isFalse();
		assertThat(TestImages.contains(shown, "Exif")).isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(shown));
		assertThat(image.getWidth()).isEqualTo(80);
		assertThat(image.getHeight()).isEqualTo(60);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'REPORT_FILE_VIEWED' and target_id = :id")
			.param("id", String.valueOf(reportId))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPhotoIsCleanedInMemoryAndNeverReachesATemporaryFileOrTheDataFolderInClear() {
		byte[] photo = TestImages.jpegWithGps();
		String text = new String(photo, StandardCharsets.ISO_8859_1);
		int exif = text.indexOf("Exif");
		byte[] original = Arrays.copyOfRange(photo, exif, exif + 96);
		byte[] pixels = Arrays.copyOfRange(photo, photo.length - 96, photo.length - 2);
		List<byte[]> needles = List.of(TestImages.PLACE.getBytes(StandardCharsets.US_ASCII), original, pixels);
		WebSession phone = session();
		String code = code();
		Map<String, String> form = form(phone, code, "Ảnh chụp kho hàng lậu sau trạm");
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		Instant start = Instant.now().minusSeconds(1);
		WebSession.Page[] sent = new WebSession.Page[1];
		List<String> createdInTmp = FileWatch.createdDuring(tmp, () -> sent[0] = phone.postFiles("/q/" + code, form,
				"files", List.of(new Upload("IMG_2042.jpg", "image/jpeg", photo))));
		assertThat(sent[0].status()).isEqualTo(200);
		assertThat(createdInTmp).as("temporary files made during the upload")
			.noneMatch((name) -> name.startsWith("imageio"));
		assertThat(FileWatch.filesHolding(tmp, start, needles)).as("java.io.tmpdir").isEmpty();
		assertThat(FileWatch.filesHolding(DATA_DIR, start, needles)).as("data folder").isEmpty();
	}

	@Test
	void filesThatAreNotPhotosOrTooBigOrTooManyAreRefusedInTheReportersLanguage() {
		WebSession phone = session();
		String code = code();
		long before = this.jdbc.sql("select count(*) from report").query(Long.class).single();
		WebSession.Page spoofed = phone.postFiles("/q/" + code, form(phone, code, "Một tệp giả làm ảnh chụp"), "files",
				List.of(new Upload("photo.jpg", "image/jpeg", "#!/bin/sh echo not an image".getBytes())));
		assertThat(spoofed.status()).isEqualTo(400);
		assertThat(spoofed.body()).contains("Chỉ nhận ảnh JPEG hoặc PNG");
		WebSession.Page bomb = phone.postFiles("/q/" + code, form(phone, code, "Ảnh rất lớn chụp ở chợ phiên"), "files",
				List.of(new Upload("big.png", "image/png", TestImages.pngBomb())));
		assertThat(bomb.status()).isEqualTo(400);
		assertThat(bomb.body()).contains("quá nhiều điểm ảnh");
		WebSession.Page tooMany = phone.postFiles("/q/" + code + "?lang=en",
				form(phone, code, "Six photos of the same truck"), "files",
				Collections.nCopies(6, new Upload("p.png", "image/png", TestImages.plain("png"))));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("Send at most 5 photos");
		WebSession.Page tooLarge = phone.postFiles("/q/" + code, form(phone, code, "Một ảnh nặng hơn mười MB"), "files",
				List.of(new Upload("huge.jpg", "image/jpeg", new byte[11 * 1024 * 1024])));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("Tệp quá lớn");
		assertThat(this.jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
	}

	private String code() {
		return this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
	}

	private static Map<String, String> form(WebSession phone, String code, String text) {
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		return Map.of("token", token.group(1), "category", "SMUGGLING", "text", text);
	}

}
