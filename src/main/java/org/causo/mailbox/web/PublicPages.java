package org.causo.mailbox.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.mailbox.MailboxClosedException;
import org.causo.mailbox.TooManyAttemptsException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the reporters' pages share: the page for a closed point and the "busy" page (as
 * handlers of each page's own controller, so that they come before the public error
 * page), and the files a form sent.
 */
abstract class PublicPages {

	/** The chosen files; a browser sends an empty part when none was chosen. */
	static List<byte[]> bytes(List<MultipartFile> files) throws IOException {
		List<byte[]> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					uploads.add(file.getBytes());
				}
			}
		}
		return uploads;
	}

	@ExceptionHandler(MailboxClosedException.class)
	String closed(MailboxClosedException ex, HttpServletResponse response, Model model) {
		response.setStatus("UNKNOWN".equals(ex.reason()) ? 404 : 410);
		model.addAttribute("reason", ex.reason());
		return "mailbox/public-closed";
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	String tooMany(HttpServletResponse response) {
		response.setStatus(429);
		return "mailbox/public-busy";
	}

}
