package org.causo.devices.stock;

import java.util.Locale;
import java.util.regex.Pattern;

import org.causo.devices.IdentifierKind;

/** IMEI and serial numbers: their shape and, for an IMEI, its Luhn check digit. */
public final class Identifiers {

	public static final Pattern IMEI = Pattern.compile("[0-9]{15}");

	public static final Pattern SERIAL = Pattern.compile("[A-Z0-9-]{4,40}");

	private Identifiers() {
	}

	/** The number as stored: spaces removed (IMEIs are printed in groups), upper case. */
	public static String normalise(String text) {
		return (text == null) ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/** The message key of what is wrong with it, or null when it is valid. */
	public static String problem(IdentifierKind kind, String normalised) {
		if (normalised.isEmpty()) {
			return "device.error.identifier.required";
		}
		if (kind == IdentifierKind.IMEI) {
			if (!IMEI.matcher(normalised).matches()) {
				return "device.error.imei.shape";
			}
			return luhnValid(normalised) ? null : "device.error.imei.check";
		}
		return SERIAL.matcher(normalised).matches() ? null : "device.error.serial";
	}

	/** The Luhn check over all digits: the last one is the check digit. */
	public static boolean luhnValid(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
