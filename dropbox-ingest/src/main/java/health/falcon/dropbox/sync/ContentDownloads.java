package health.falcon.dropbox.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import health.falcon.dropbox.config.DropboxProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST {content-base-url}/2/files/download} of one revision: the argument goes in
 * the {@code Dropbox-API-Arg} header as header-safe JSON, with no body and no JSON
 * content type. The absolute URI on the kit's client keeps the bearer token, rate budget
 * and 401/429 handling (the kit's interceptor applies to every request of that client).
 * The body is streamed into a temporary file (bounded memory) while its Dropbox content
 * hash and SHA-256 are computed; the {@code Dropbox-API-Result} header (the file's
 * metadata) is not needed, since the listing already gave it.
 */
@Component
class ContentDownloads {

	private static final int BUFFER = 64 * 1024;

	private final URI downloadUri;

	private final JsonMapper json;

	ContentDownloads(DropboxProperties properties, JsonMapper json) {
		this.downloadUri = UriComponentsBuilder.fromUri(properties.contentBaseUrl())
			.path("/2/files/download")
			.build()
			.toUri();
		this.json = json;
	}

	/**
	 * Download one revision.
	 * @param api the run's client
	 * @param maxBytes the most bytes kept
	 * @return the download (the caller deletes its file)
	 * @throws DownloadRefusedException on a 409
	 * @throws DownloadTooLargeException when the body exceeds {@code maxBytes}
	 */
	Download download(RestClient api, String rev, long maxBytes) {
		return api.post()
			.uri(this.downloadUri)
			.header("Dropbox-API-Arg", HeaderSafeJson.pathArgument("rev:" + rev))
			.exchange((request, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (status.value() == 409) {
					String body = new String(response.getBody().readNBytes(BUFFER), StandardCharsets.UTF_8);
					throw new DownloadRefusedException(DropboxApiError.of(body, this.json).summary());
				}
				if (status.is5xxServerError()) {
					throw HttpServerErrorException.create(status, "download failed", response.getHeaders(), null, null);
				}
				if (!status.is2xxSuccessful()) {
					throw HttpClientErrorException.create(status, "download refused", response.getHeaders(), null,
							null);
				}
				return keep(response, maxBytes);
			});
	}

	private static Download keep(ClientHttpResponse response, long maxBytes) throws IOException {
		Path file = Files.createTempFile("dropbox-ingest-", ".download");
		try (InputStream in = response.getBody(); OutputStream out = Files.newOutputStream(file)) {
			ContentHasher contentHash = new ContentHasher();
			MessageDigest sha256 = ContentHasher.sha256();
			byte[] buffer = new byte[BUFFER];
			long size = 0;
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				size += read;
				if (size > maxBytes) {
					throw new DownloadTooLargeException();
				}
				contentHash.update(buffer, 0, read);
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
			return new Download(file, contentHash.hex(), HexFormat.of().formatHex(sha256.digest()), size);
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			throw ex;
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete a temporary download", ex);
		}
	}

}
