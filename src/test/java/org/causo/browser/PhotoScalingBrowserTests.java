package org.causo.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class PhotoScalingBrowserTests extends IntegrationTest {

	@Test
	void withJavaScriptALargePhotoIsScaledDownOnThePhoneBeforeUpload() throws Exception {
		Path photo = Files.createTempFile("large-photo-", ".jpg");
		BufferedImage large = new BufferedImage(3200, 2400, BufferedImage.TYPE_INT_RGB);
		var g = large.createGraphics();
		g.setColor(new Color(30, 90, 160));
		g.fillRect(0, 0, 3200, 2400);
		g.dispose();
		ImageIO.write(large, "jpg", photo.toFile());
		String code = this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();

		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/q/" + code);
			page.getByLabel("Buôn lậu").check();
			page.getByLabel("Chuyện gì đã xảy ra?").fill("Ảnh xe chở hàng lậu chụp bằng điện thoại, rất nặng");
			page.locator("#files").setInputFiles(photo);
			assertThat(page.locator("#files[data-scaled='true']")).hasCount(1);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tin")).click();
			assertThat(page.locator("#receipt")).isVisible();
		}

		long reportId = this.jdbc.sql("select max(id) from report").query(Long.class).single();
		assertThat(this.jdbc.sql("select size_bytes from report_file where report_id = :id")
			.param("id", reportId)
			.query(Integer.class)
			.single()).isPositive();
		WebSession officer = loggedIn("kalang.officer");
		Matcher img = Pattern.compile("src=\"(/reports/" + reportId + "/files/\\d+)\"")
			.matcher(officer.get("/reports/" + reportId).body());
		assertThat(img.find()).isTrue();
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(officer.getBytes(img.group(1))));
		assertThat(stored.getWidth()).isEqualTo(1600);
		assertThat(stored.getHeight()).isEqualTo(1200);
		Files.delete(photo);
	}

}
