package org.causo.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API with a personal token, as an external program would. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final String token;

	private final String language;

	private final HttpClient http = HttpClient.newHttpClient();

	public ApiClient(String base, String token) {
		this(base, token, null);
	}

	private ApiClient(String base, String token, String language) {
		this.base = base;
		this.token = token;
		this.language = language;
	}

	/** The same client, sending {@code Accept-Language} with every request. */
	public ApiClient inLanguage(String acceptLanguage) {
		return new ApiClient(this.base, this.token, acceptLanguage);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Response postRaw(String path, String contentType, byte[] body) {
		return send(
				request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** Posts a CSV file as the body, as {@code curl --data-binary @units.csv} would. */
	public Response postCsv(String path, byte[] csv) {
		return postRaw(path, "text/csv", csv);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json");
		if (this.language != null) {
			builder.header("Accept-Language", this.language);
		}
		return (this.token != null) ? builder.header("Authorization", "Bearer " + this.token) : builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response.
	 *
	 * @param status HTTP status
	 * @param body the raw body
	 */
	public record Response(int status, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
