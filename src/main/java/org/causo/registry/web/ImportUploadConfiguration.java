package org.causo.registry.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.causo.registry.importing.ImportJobs;
import org.causo.shared.db.Deployment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The import upload's own servlet and multipart limit
 * ({@code causo.registry.import.max-file-size}), and the guard that refuses a body before
 * it is read unless an importer sends it.
 */
@Configuration(proxyBeanMethods = false)
class ImportUploadConfiguration {

	@Bean
	ServletRegistrationBean<ImportUploadServlet> importUploadServlet(ImportJobs jobs, Deployment deployment,
			@Value("${causo.registry.import.max-file-size:1GB}") DataSize max) throws IOException {
		Path temp = Files.createDirectories(deployment.dataDir().resolve("imports").resolve("incoming"));
		ServletRegistrationBean<ImportUploadServlet> bean = new ServletRegistrationBean<>(new ImportUploadServlet(jobs),
				ImportUploadServlet.PATH);
		bean.setName("registryImportUpload");
		bean.setMultipartConfig(
				new MultipartConfigElement(temp.toString(), max.toBytes(), max.toBytes() + 65_536, 1 << 20));
		return bean;
	}

	/** Before Spring Security's filters, which would read the body. */
	@Bean
	FilterRegistrationBean<ImportUploadGuard> importUploadGuard(
			@Value("${causo.registry.import.max-file-size:1GB}") DataSize max) {
		FilterRegistrationBean<ImportUploadGuard> bean = new FilterRegistrationBean<>(
				new ImportUploadGuard(max.toBytes() + 65_536));
		bean.addUrlPatterns(ImportUploadServlet.PATH);
		bean.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return bean;
	}

}
