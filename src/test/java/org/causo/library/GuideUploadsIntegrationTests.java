package org.causo.library;

import java.nio.charset.StandardCharsets;

import org.causo.support.IntegrationTest;
import org.causo.support.TestImages;
import org.causo.support.WebSession.Page;
import org.causo.support.WebSession.Upload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures and voices editors upload: a picture is cleaned, scaled to phone widths and
 * served as WebP; a voice must be Opus or AAC by its bytes; anything else, too large, or
 * a decompression bomb is a clear 400, and the step keeps what it had.
 */
class GuideUploadsIntegrationTests extends IntegrationTest {

	@Test
	void aPictureIsStrippedScaledAndServedAsWebpWithSrcsetAndLongCaching() throws Exception {
		GuideEditing guide = GuideEditing.create(loggedIn("admin"), "g-" + unique(), "Có hình");
		guide.addStep();
		Page sent = guide.upload(1, "picture", "vi", new Upload("gps.jpg", "image/jpeg", TestImages.jpegWithGps()));
		assertThat(sent.status()).isEqualTo(302);
		guide.text(1, "vi", "Một bước có hình.");
		guide.publish();
		String page = session().get("/guides/" + guide.slug).body();
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("srcset=\"/guides/media/([0-9a-f]{64}\\.webp) 360w, /guides/media/([0-9a-f]{64}\\.webp) 720w\"")
			.matcher(page);
		assertThat(m.find()).as(page).isTrue();
		assertThat(page).contains("loading=\"lazy\"").contains("sizes=\"");
		Page media = session().get("/guides/media/" + m.group(1));
		assertThat(media.status()).isEqualTo(200);
		assertThat(media.header("Content-Type")).isEqualTo("image/webp");
		assertThat(media.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
		byte[] bytes = session().getBytes("/guides/media/" + m.group(1));
		assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
		assertThat(TestImages.contains(bytes, TestImages.PLACE)).isFalse();
		assertThat(session().get("/guides/media/" + "0".repeat(64) + ".webp").status()).isEqualTo(404);
		assertThat(session().get("/guides/media/..%2Fetc").status()).isIn(400, 404);
	}

	@Test
	void aWrongHugeOrBombPictureIsRefusedWithA400() {
		GuideEditing guide = GuideEditing.create(loggedIn("admin"), "g-" + unique(), "Hình xấu");
		guide.addStep();
		Page text = guide.upload(1, "picture", "vi", new Upload("a.jpg", "image/jpeg", "not a picture".getBytes()));
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.body()).contains("Hình phải là JPEG hoặc PNG.");
		byte[] huge = new byte[9 * 1024 * 1024];
		System.arraycopy(TestImages.plain("png"), 0, huge, 0, 100);
		assertThat(guide.upload(1, "picture", "vi", new Upload("big.png", "image/png", huge)).body())
			.contains("Hình quá lớn (tối đa 8 MB).");
		Page bomb = guide.upload(1, "picture", "vi", new Upload("bomb.png", "image/png", TestImages.pngBomb()));
		assertThat(bomb.status()).isEqualTo(400);
		assertThat(bomb.body()).contains("Hình có quá nhiều điểm ảnh.");
		assertThat(this.jdbc
			.sql("select count(*) from guide_step s join guide_version v on v.id = s.version_id "
					+ "where v.guide_id = :id and s.picture_360 is not null")
			.param("id", guide.id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOpusVoiceIsKeptAndPlayedWithABigControlThatNeedsNoScript() {
		GuideEditing guide = GuideEditing.create(loggedIn("admin"), "g-" + unique(), "Có tiếng");
		guide.addStep();
		guide.text(1, "vi", "Nghe bước này.");
		assertThat(guide.upload(1, "audio", "vi", new Upload("voice.opus", "audio/ogg", oggOpus())).status())
			.isEqualTo(302);
		guide.publish();
		String page = session().get("/guides/" + guide.slug).body();
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("<audio controls preload=\"none\" src=\"/guides/media/([0-9a-f]{64}\\.opus)\"")
			.matcher(page);
		assertThat(m.find()).as(page).isTrue();
		assertThat(session().get("/guides/media/" + m.group(1)).header("Content-Type")).isEqualTo("audio/ogg");
		assertThat(guide.editor("vi").body())
			.containsPattern("Tiếng Việt</a></th>\\s*<td>Đủ</td>\\s*<td>Đủ</td>\\s*<td>Đủ</td>");
	}

	@Test
	void aVoiceThatIsNotOpusOrAacOrTooLargeIsRefusedWithA400() {
		GuideEditing guide = GuideEditing.create(loggedIn("admin"), "g-" + unique(), "Tiếng xấu");
		guide.addStep();
		byte[] mp3 = new byte[4096];
		System.arraycopy("ID3".getBytes(StandardCharsets.US_ASCII), 0, mp3, 0, 3);
		Page wrong = guide.upload(1, "audio", "vi", new Upload("a.mp3", "audio/mpeg", mp3));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("Tiếng đọc phải là Opus (WebM, Ogg) hoặc AAC (M4A).");
		assertThat(guide.upload(1, "audio", "vi", new Upload("a.opus", "audio/ogg", TestImages.plain("png"))).status())
			.isEqualTo(400);
		byte[] huge = new byte[3 * 1024 * 1024];
		System.arraycopy(oggOpus(), 0, huge, 0, oggOpus().length);
		Page tooLarge = guide.upload(1, "audio", "vi", new Upload("long.opus", "audio/ogg", huge));
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("Tệp tiếng quá lớn (tối đa 2 MB).");
		assertThat(guide.upload(1, "audio", "xx", new Upload("a.opus", "audio/ogg", oggOpus())).status())
			.isEqualTo(400);
	}

	/** The first page of an Ogg Opus stream: the capture pattern and the Opus head. */
	static byte[] oggOpus() {
		byte[] b = new byte[64];
		byte[] ogg = "OggS".getBytes(StandardCharsets.US_ASCII);
		byte[] head = "OpusHead".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(ogg, 0, b, 0, ogg.length);
		System.arraycopy(head, 0, b, 28, head.length);
		b[36] = 1;
		b[37] = 1;
		return b;
	}

}
