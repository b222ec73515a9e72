package org.causo.mailbox.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causo.identity.OfficerKeys;
import org.causo.identity.Officers;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.RecoveryKeys;
import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.Crypto.CryptoException;

import org.springframework.stereotype.Component;

/**
 * A report's data key, wrapped for everyone who may open it (the receipt, the mailbox's
 * current readers, the recovery key) and opened again by one of them. Every seal is bound
 * to the report and to what it holds by its associated data ({@link #context}), so that
 * no sealed part can stand in for another.
 */
@Component
public class ReportKeys {

	private final KeyStore store;

	private final Officers officers;

	private final OfficerKeys keys;

	private final RecoveryKeys recovery;

	ReportKeys(KeyStore store, Officers officers, OfficerKeys keys, RecoveryKeys recovery) {
		this.store = store;
		this.officers = officers;
		this.keys = keys;
		this.recovery = recovery;
	}

	/**
	 * Wraps a new report's data key for its receipt, for the readers of its mailbox at
	 * the post, and for the command's recovery key if there is one.
	 */
	public void wrapForAll(long reportId, UUID ref, byte[] dataKey, byte[] receiptKey, long postId, MailboxKind kind) {
		List<KeyStore.Key> wraps = new ArrayList<>();
		wraps.add(KeyStore.Key.receipt(Crypto.seal(receiptKey, dataKey, context("receipt", ref))));
		// each wrap names the key it was made for, so that a later grant can tell a stale
		// one
		List<Long> readers = this.officers.activeOfficersAt(postId, kind.readers());
		this.keys.publicKeys(readers)
			.forEach((officerId, publicKey) -> wraps.add(KeyStore.Key.officer(officerId,
					Crypto.wrapFor(publicKey, dataKey, officerContext(officerId, ref)), fingerprint(publicKey))));
		this.recovery.activeKey()
			.ifPresent((recoveryKey) -> wraps.add(KeyStore.Key.recovery(recoveryKey.id(),
					Crypto.wrapFor(recoveryKey.publicKeyset(), dataKey, context("recovery", ref)))));
		this.store.insertKeys(reportId, wraps);
	}

	/** The data key the receipt's wrapping key opens. */
	public byte[] openWithReceipt(long reportId, UUID ref, byte[] receiptKey) {
		byte[] wrapped = this.store.key(reportId, "RECEIPT", null).orElseThrow();
		return Crypto.open(receiptKey, wrapped, context("receipt", ref));
	}

	/**
	 * The data key the officer's private key opens, if the officer holds a wrap made for
	 * their current key pair; empty otherwise, never an error.
	 */
	public Optional<byte[]> openForOfficer(long reportId, UUID ref, long officerId, Optional<byte[]> privateKey) {
		if (privateKey.isEmpty()) {
			return Optional.empty();
		}
		return this.store.key(reportId, "OFFICER", officerId).flatMap((wrapped) -> {
			try {
				return Optional.of(Crypto.unwrapWith(privateKey.get(), wrapped, officerContext(officerId, ref)));
			}
			catch (CryptoException ex) {
				return Optional.empty();
			}
		});
	}

	/** The associated data of a report's sealed part: what it is, and which report. */
	public static byte[] context(String what, UUID ref) {
		return (what + ":" + ref).getBytes(StandardCharsets.UTF_8);
	}

	static byte[] officerContext(long officerId, UUID ref) {
		return context("officer:" + officerId, ref);
	}

	/** Hex SHA-256 of a public keyset: which key a wrap was made for. */
	static String fingerprint(byte[] publicKeyset) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKeyset));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
