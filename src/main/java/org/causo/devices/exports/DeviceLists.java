package org.causo.devices.exports;

import java.util.List;
import java.util.Locale;

import org.causo.audit.AuditTrail;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportLabels;
import org.causo.shared.export.ListExports;

import org.springframework.stereotype.Component;

/**
 * Writes one of the module's lists and audits it (list, filters and rows written), the
 * same way for the stock, the handovers and the idle phones.
 */
@Component
public class DeviceLists {

	private final ListExports exports;

	private final AuditTrail audit;

	DeviceLists(ListExports exports, AuditTrail audit) {
		this.exports = exports;
		this.audit = audit;
	}

	/** The words of the lists' cells (codes, yes and no) in the reader's language. */
	public ExportLabels labels(Locale locale) {
		return this.exports.labels(locale);
	}

	public long write(String list, Object id, String filters, Download download, Locale locale, String titleKey,
			List<String> header, ListExports.Rows rows) {
		return this.exports.write(download, locale, titleKey, header, rows, (done) -> this.audit
			.record("DEVICES_EXPORTED", list, id, done + (filters.isEmpty() ? "" : ", " + filters)));
	}

}
