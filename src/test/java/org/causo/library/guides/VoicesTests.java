package org.causo.library.guides;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Recordings are told apart by their first bytes, whatever their name says. */
class VoicesTests {

	@Test
	void opusInWebmOrOggAndAacInMp4OrAdtsAreRecognised() {
		assertThat(Voices.sniff(webm("A_OPUS")).contentType()).isEqualTo("audio/webm");
		assertThat(Voices.sniff(at(0, "OggS", 28, "OpusHead")).extension()).isEqualTo("opus");
		assertThat(Voices.sniff(at(4, "ftypM4A ", 40, "mp4a")).contentType()).isEqualTo("audio/mp4");
		byte[] adts = new byte[64];
		adts[0] = (byte) 0xff;
		adts[1] = (byte) 0xf1;
		adts[2] = (byte) 0x50;
		assertThat(Voices.sniff(adts).contentType()).isEqualTo("audio/aac");
	}

	@Test
	void otherCodecsContainersAndShortFilesAreNot() {
		assertThat(Voices.sniff(webm("A_VORBIS"))).as("Vorbis in WebM").isNull();
		assertThat(Voices.sniff(at(0, "OggS", 28, "\u0001vorbis"))).as("Vorbis in Ogg").isNull();
		assertThat(Voices.sniff(at(0, "ID3", 10, "LAME"))).as("MP3").isNull();
		assertThat(Voices.sniff(at(0, "RIFF", 8, "WAVEfmt "))).as("WAV").isNull();
		assertThat(Voices.sniff(at(4, "ftypisom", 40, "avc1"))).as("MP4 video without AAC").isNull();
		assertThat(Voices.sniff("OggS".getBytes(StandardCharsets.US_ASCII))).as("too short").isNull();
	}

	private static byte[] webm(String codec) {
		byte[] b = at(8, "webm", 100, codec);
		b[0] = 0x1a;
		b[1] = 0x45;
		b[2] = (byte) 0xdf;
		b[3] = (byte) 0xa3;
		return b;
	}

	private static byte[] at(int first, String a, int second, String b) {
		byte[] bytes = new byte[256];
		System.arraycopy(a.getBytes(StandardCharsets.ISO_8859_1), 0, bytes, first, a.length());
		System.arraycopy(b.getBytes(StandardCharsets.ISO_8859_1), 0, bytes, second, b.length());
		return bytes;
	}

}
