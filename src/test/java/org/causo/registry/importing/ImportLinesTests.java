package org.causo.registry.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Files refused before their lines are read. */
class ImportLinesTests {

	@Test
	void aWorkbookThatInflatesBeyondTheBoundIsRefusedAsAZipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 20; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).as("what a bomb looks like: small, inflating 1,000 times").isLessThan(1 << 16);
		assertThatExceptionOfType(ImportLines.Refused.class)
			.isThrownBy(() -> ImportLines.open(new ByteArrayInputStream(out.toByteArray()), 16 << 20))
			.satisfies((ex) -> assertThat(ex.messageKey).isEqualTo("regimport.error.xlsxBomb"));
	}

	@Test
	void anXlsxWorkbookGivesItsFirstSheetsLines() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
			org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Hộ");
			sheet.value(0, 0, "household_code");
			sheet.value(0, 1, "birth_year");
			sheet.value(1, 0, "KL-1");
			sheet.value(1, 1, 1985);
			sheet.finish();
		}
		try (ImportLines lines = ImportLines.open(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(lines.header()).containsExactly("household_code", "birth_year");
			assertThat(lines.next()).containsExactly("KL-1", "1985");
			assertThat(lines.number()).isEqualTo(2);
			assertThat(lines.next()).isNull();
		}
	}

	@Test
	void theSeparatorIsFoundFromTheHeaderLine() {
		assertThat(ImportLines.separator("household_code;commune_code;hamlet")).isEqualTo(';');
		assertThat(ImportLines.separator("household_code,commune_code,hamlet")).isEqualTo(',');
		assertThat(ImportLines.separator("Mã hộ\tXã\tBản")).isEqualTo('\t');
	}

}
