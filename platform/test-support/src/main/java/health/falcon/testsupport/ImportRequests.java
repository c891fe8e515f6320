package health.falcon.testsupport;

import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Requests to the ingest kit's import endpoints that every importing service's tests
 * make: a user's multipart upload and read through a real server ({@link RestTestClient}
 * with minted tokens), and dropbox-ingest's hand-off through MockMvc with a service
 * token.
 */
public final class ImportRequests {

	/** The client id dropbox-ingest's hand-offs are pinned to in the services' tests. */
	public static final String INGEST_CLIENT = "falcon-ingest";

	private ImportRequests() {
	}

	/**
	 * Upload a file as a user.
	 * @param client the client of the running service
	 * @param path the import path, such as {@code /api/connections/fitbit/imports}
	 * @param user the signed-in user's id
	 * @param fileName the file part's name
	 * @param content the file's bytes
	 * @param fields further form fields, such as {@code timeZone}
	 * @return the answer
	 */
	public static RestTestClientResponse upload(RestTestClient client, String path, String user, String fileName,
			byte[] content, Map<String, String> fields) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", file(fileName, content));
		fields.forEach(body::add);
		return RestTestClientResponse.from(client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange());
	}

	/**
	 * Read an import path as a user.
	 * @param client the client of the running service
	 * @param path the path, such as an upload's {@code Location}
	 * @param user the signed-in user's id
	 * @return the answer
	 */
	public static RestTestClientResponse get(RestTestClient client, String path, String user) {
		return RestTestClientResponse
			.from(client.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user)).exchange());
	}

	/**
	 * A file part with a file name, as a browser sends it.
	 * @param fileName the name
	 * @param content the bytes
	 * @return the part's resource
	 */
	public static Resource file(String fileName, byte[] content) {
		return new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return fileName;
			}

		};
	}

	/**
	 * A hand-off of a file, {@code POST /internal/{provider}/imports?record=&user=}.
	 * @param mvc the service behind MockMvc
	 * @param provider the receiving provider, {@code fitbit} or {@code myfitnesspal}
	 * @param recordId the record named
	 * @param user the user named
	 * @param content the file's bytes (sent as {@code export.zip})
	 * @param token the caller's token
	 * @return the request, to exchange
	 */
	public static MockMultipartMvcRequestBuilder handOver(MockMvcTester mvc, String provider, String recordId,
			String user, byte[] content, RequestPostProcessor token) {
		return mvc.post()
			.uri("/internal/" + provider + "/imports")
			.param("record", recordId)
			.param("user", user)
			.with(token)
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", content));
	}

	/**
	 * A client-credentials token of a service client with the internal scope.
	 * @param clientId the token's subject
	 * @return the token for MockMvc
	 */
	public static RequestPostProcessor serviceToken(String clientId) {
		return jwt().jwt((token) -> token.subject(clientId))
			.authorities(new SimpleGrantedAuthority("SCOPE_falcon.internal"));
	}

}
