package org.causo.mailbox;

/**
 * A place with a QR poster that opens a mailbox's form.
 *
 * @param id id
 * @param code the short code in {@code /q/{code}}
 * @param name the place: market, school, post gate…
 * @param mailboxId its mailbox
 * @param hamletId the hamlet it is in, if set
 * @param status active, paused or retired
 */
public record QrPoint(long id, String code, String name, long mailboxId, Long hamletId, String status) {

	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

}
