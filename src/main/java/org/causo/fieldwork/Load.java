package org.causo.fieldwork;

/**
 * How many households a member looks after, against the 3–5 rule of the movement.
 *
 * @param memberId the member
 * @param households current households
 */
public record Load(long memberId, int households) {

	public static final int MIN = 3;

	public static final int MAX = 5;

	/** BELOW, ABOVE, or null within 3–5: a warning, never a refusal. */
	public String warning() {
		return (this.households < MIN) ? "BELOW" : (this.households > MAX) ? "ABOVE" : null;
	}

}
