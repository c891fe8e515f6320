package health.falcon.backend.account;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The ingest kit's file import ({@code POST /api/connections/{provider}/imports},
 * multipart {@code file}), served by every ingest service for its providers and
 * registered in each service's HTTP service group beside {@link IngestAccountClient},
 * called with the signed-in user's own token. Given a {@code falcon-export} archive, the
 * service restores the collections it writes (docs/export-format.md).
 */
@HttpExchange
public interface IngestImportClient {

	/**
	 * Upload a file to import.
	 * @param provider the provider whose import endpoint takes it
	 * @param file the file, streamed as the multipart part {@code file}
	 * @return the service's answer (the accepted import: its id and status), {@code null}
	 * when it answered without a body
	 */
	@PostExchange(url = "/api/connections/{provider}/imports", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Nullable Map<String, Object> upload(@PathVariable String provider, @RequestPart("file") Resource file);

}
