package health.falcon.ingest.imports;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The hand-off contract as an HTTP interface: the sender (dropbox-ingest) calls it, the
 * receivers (diet-service, fitbit-service) serve it with
 * {@link InternalImportsController}; both sides use {@link ImportAccepted}. The caller
 * registers it in an HTTP service group per receiver, whose base URL and timeouts come
 * from {@code spring.http.serviceclient.<group>.*}, and authenticates with its service
 * token.
 */
@HttpExchange("/internal")
public interface ImportHandOffClient {

	/**
	 * Hand a user's file over to the receiver's import.
	 * @param provider the receiving reader's provider ({@code fitbit},
	 * {@code myfitnesspal})
	 * @param record the id of the sender's {@code imported_files} record of the file,
	 * classified for this provider
	 * @param user the record's owner
	 * @param file the file's exact bytes, with its file name
	 * @return the receiver's import id and status (202)
	 */
	@PostExchange(url = "/{provider}/imports", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportAccepted handOver(@PathVariable String provider, @RequestParam String record, @RequestParam String user,
			@RequestPart("file") Resource file);

}
