package org.causo.shared.crypto;

import java.nio.charset.StandardCharsets;

import org.causo.shared.crypto.Crypto.Argon2Cost;
import org.causo.shared.crypto.Crypto.CryptoException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CryptoTests {

	private static final byte[] AD = "officer:7".getBytes(StandardCharsets.UTF_8);

	@Test
	void contentSealedUnderADataKeyOpensOnlyWithThatKeyAndPlace() {
		byte[] key = Crypto.newDataKey();
		byte[] sealed = Crypto.seal(key, "heroin at the market".getBytes(StandardCharsets.UTF_8), AD);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("heroin");
		assertThat(Crypto.open(key, sealed, AD)).asString(StandardCharsets.UTF_8).isEqualTo("heroin at the market");
		assertThatThrownBy(() -> Crypto.open(Crypto.newDataKey(), sealed, AD)).isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> Crypto.open(key, sealed, "officer:8".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(CryptoException.class);
	}

	@Test
	void aSealerSealsManyValuesEachWithItsOwnIvAndTheyOpenLikeSingleSeals() {
		byte[] key = Crypto.newDataKey();
		Sealer sealer = Crypto.sealer(key, AD);
		java.util.Set<String> ivs = new java.util.HashSet<>();
		for (int i = 0; i < 200; i++) {
			byte[] sealed = sealer.seal(("0123456789" + i).getBytes(StandardCharsets.UTF_8));
			assertThat(Crypto.open(key, sealed, AD)).asString(StandardCharsets.UTF_8).isEqualTo("0123456789" + i);
			ivs.add(java.util.HexFormat.of().formatHex(sealed, 0, 12));
		}
		assertThat(ivs).hasSize(200);
		byte[] sealed = sealer.seal("012345678901".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> Crypto.open(key, sealed, "officer:8".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> Crypto.sealer(new byte[16], AD)).isInstanceOf(CryptoException.class);
	}

	@Test
	void aDataKeyWrappedForAReaderUnwrapsWithTheReadersPrivateKeyOnly() {
		byte[] passwordKey = Crypto.newDataKey();
		Crypto.KeyPair reader = Crypto.newKeyPair(passwordKey, AD);
		Crypto.KeyPair other = Crypto.newKeyPair(passwordKey, AD);
		byte[] dataKey = Crypto.newDataKey();
		byte[] wrapped = Crypto.wrapFor(reader.publicKeyset(), dataKey, AD);
		byte[] privateKey = Crypto.unsealPrivateKey(reader.sealedPrivateKeyset(), passwordKey, AD);
		assertThat(Crypto.unwrapWith(privateKey, wrapped, AD)).isEqualTo(dataKey);
		byte[] otherPrivate = Crypto.unsealPrivateKey(other.sealedPrivateKeyset(), passwordKey, AD);
		assertThatThrownBy(() -> Crypto.unwrapWith(otherPrivate, wrapped, AD)).isInstanceOf(CryptoException.class);
	}

	@Test
	void aPrivateKeyResealedUnderANewPasswordStillOpensOldWraps() {
		byte[] oldKey = Crypto.newDataKey();
		byte[] newKey = Crypto.newDataKey();
		Crypto.KeyPair pair = Crypto.newKeyPair(oldKey, AD);
		byte[] dataKey = Crypto.newDataKey();
		byte[] wrapped = Crypto.wrapFor(pair.publicKeyset(), dataKey, AD);
		byte[] resealed = Crypto.sealPrivateKey(Crypto.unsealPrivateKey(pair.sealedPrivateKeyset(), oldKey, AD), newKey,
				AD);
		assertThatThrownBy(() -> Crypto.unsealPrivateKey(resealed, oldKey, AD)).isInstanceOf(CryptoException.class);
		assertThat(Crypto.unwrapWith(Crypto.unsealPrivateKey(resealed, newKey, AD), wrapped, AD)).isEqualTo(dataKey);
	}

	@Test
	void argon2idIsDeterministicForTheSameSaltAndDiffersOtherwise() {
		Argon2Cost light = new Argon2Cost(1024, 1, 1);
		byte[] secret = "1234 5678 9012 3456".getBytes(StandardCharsets.UTF_8);
		byte[] salt = Crypto.randomBytes(16);
		assertThat(Crypto.argon2id(secret, salt, light, 32)).isEqualTo(Crypto.argon2id(secret, salt, light, 32));
		assertThat(Crypto.argon2id(secret, Crypto.randomBytes(16), light, 32))
			.isNotEqualTo(Crypto.argon2id(secret, salt, light, 32));
	}

	@Test
	void sealedDataOpensWithTinksAesGcmAndTheOtherWayRound() throws Exception {
		byte[] key = Crypto.newDataKey();
		byte[] ad = "report:42".getBytes(StandardCharsets.UTF_8);
		byte[] text = "Xe tải chở hàng lậu".getBytes(StandardCharsets.UTF_8);
		com.google.crypto.tink.subtle.AesGcmJce tink = new com.google.crypto.tink.subtle.AesGcmJce(key);
		assertThat(tink.decrypt(Crypto.seal(key, text, ad), ad)).isEqualTo(text);
		assertThat(Crypto.open(key, tink.encrypt(text, ad), ad)).isEqualTo(text);
		assertThat(Crypto.open(key, Crypto.seal(key, new byte[0], null), null)).isEmpty();
		byte[] sealed = Crypto.seal(key, text, ad);
		assertThat(Crypto.seal(key, text, ad)).as("a fresh IV each time").isNotEqualTo(sealed);
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> Crypto.open(key, sealed, ad)).isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> Crypto.open(key, Crypto.seal(key, text, ad), "report:43".getBytes()))
			.isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> Crypto.open(key, new byte[20], ad)).isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> Crypto.seal(new byte[16], text, ad)).isInstanceOf(CryptoException.class);
	}

}
