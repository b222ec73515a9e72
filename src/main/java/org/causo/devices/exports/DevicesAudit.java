package org.causo.devices.exports;

import java.util.List;
import java.util.Locale;

import org.causo.audit.AuditTrail;
import org.causo.shared.export.Download;
import org.causo.shared.export.ListExports;

/** Writes one of the module's lists and audits it: list, filters and rows written. */
public final class DevicesAudit {

	private DevicesAudit() {
	}

	public static long write(ListExports exports, AuditTrail audit, String list, Object id, String filters,
			Download download, Locale locale, String titleKey, List<String> header, ListExports.Rows rows) {
		return exports.write(download, locale, titleKey, header, rows,
				(done) -> audit.record("DEVICES_EXPORTED", list, id, done + (filters.isEmpty() ? "" : ", " + filters)));
	}

}
