package org.causo.registry.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.causo.registry.importing.ImportJobs;

/**
 * Receives the import page's upload. A servlet of its own, so that its multipart limit
 * (large CSV files, written to disk as they arrive) is not the application's, which stays
 * small to protect the public mailbox. Spring Security's filters (session, CSRF) run
 * before it as for every page; the role is checked by {@link ImportJobs}.
 */
class ImportUploadServlet extends HttpServlet {

	static final String PATH = "/registry/import/upload";

	private final transient ImportJobs jobs;

	ImportUploadServlet(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		Part part;
		try {
			part = request.getPart("file");
		}
		catch (IllegalStateException ex) {
			response.sendRedirect(request.getContextPath() + "/registry/import?tooLarge");
			return;
		}
		if (part == null || part.getSize() == 0) {
			response.sendRedirect(request.getContextPath() + "/registry/import?empty");
			return;
		}
		UUID id = this.jobs.check(part.getSubmittedFileName(), (file) -> part.write(file.toString()));
		response.sendRedirect(request.getContextPath() + "/registry/import/" + id);
	}

}
