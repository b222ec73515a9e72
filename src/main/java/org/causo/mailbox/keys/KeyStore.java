package org.causo.mailbox.keys;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the wrapped data keys of reports. */
@Repository
class KeyStore {

	private final JdbcClient jdbc;

	KeyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A report's wrapped data keys, in one round trip. */
	void insertKeys(long reportId, List<Key> keys) {
		this.jdbc.sql("""
				insert into report_key (report_id, holder, officer_id, wrapped, key_fingerprint, recovery_key_id)
				select :r, k.holder, k.officer_id, k.wrapped, k.fingerprint, k.recovery_key_id
				from unnest(cast(:holders as text[]), cast(:officers as bigint[]), cast(:wrapped as bytea[]),
				            cast(:fingerprints as text[]), cast(:recoveryKeys as bigint[]))
				     as k(holder, officer_id, wrapped, fingerprint, recovery_key_id)
				""")
			.param("r", reportId)
			.param("holders", keys.stream().map(Key::holder).toArray(String[]::new))
			.param("officers", keys.stream().map(Key::officerId).toArray(Long[]::new))
			.param("wrapped", keys.stream().map(Key::wrapped).toArray(byte[][]::new))
			.param("fingerprints", keys.stream().map(Key::fingerprint).toArray(String[]::new))
			.param("recoveryKeys", keys.stream().map(Key::recoveryKeyId).toArray(Long[]::new))
			.update();
	}

	/**
	 * A wrapped data key, who holds it, and which of their keys it was made for: the
	 * officer's public key fingerprint, or the recovery key's id.
	 */
	record Key(String holder, Long officerId, byte[] wrapped, String fingerprint, Long recoveryKeyId) {

		static Key receipt(byte[] wrapped) {
			return new Key("RECEIPT", null, wrapped, null, null);
		}

		static Key officer(long officerId, byte[] wrapped, String fingerprint) {
			return new Key("OFFICER", officerId, wrapped, fingerprint, null);
		}

		static Key recovery(long recoveryKeyId, byte[] wrapped) {
			return new Key("RECOVERY", null, wrapped, null, recoveryKeyId);
		}

	}

	Optional<byte[]> key(long reportId, String holder, Long officerId) {
		return this.jdbc.sql("""
				select wrapped from report_key where report_id = :r and holder = :holder
				  and coalesce(officer_id, 0) = coalesce(:officer, 0)
				""")
			.param("r", reportId)
			.param("holder", holder)
			.param("officer", officerId)
			.query(byte[].class)
			.optional();
	}

}
