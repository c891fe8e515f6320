package health.falcon.backend.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.backend.erasure.RestorablePersonalData;
import health.falcon.backend.erasure.Restored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.FileSystemResource;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.service.registry.HttpServiceProxyRegistry;

/**
 * Restores a {@code falcon-export} archive into the signed-in user in one step: the body
 * is kept in a temporary file (within {@code falcon.account.restore.max-bytes}), opened
 * through {@link GuardedArchive} and recognised by its manifest, then backend-server's
 * own {@link RestorablePersonalData} stores read their collections, and the same file is
 * uploaded to every ingest service's import endpoint ({@link IngestImportClient}), each
 * of which restores its own collections. A service that refuses or is down is named and
 * the others still run; the file is deleted at the end.
 */
class AccountRestore {

	/** The report's key for backend-server's own stores. */
	static final String BACKEND_SERVER = "backend-server";

	/** The file name the archive is uploaded under. */
	static final String FILE_NAME = "falcon-export.zip";

	private static final Logger logger = LoggerFactory.getLogger(AccountRestore.class);

	private final Map<String, IngestImportClient> services;

	private final Map<String, String> providers;

	private final List<RestorablePersonalData> stores;

	private final RestoreProperties properties;

	/**
	 * Create the restore.
	 * @param registry the HTTP service groups; every group that serves
	 * {@link IngestImportClient} and is named in {@code providers} gets the archive
	 * @param providers each ingest service's provider whose import endpoint takes the
	 * archive, by group name
	 * @param stores backend-server's own restorable stores
	 * @param properties the limits
	 */
	AccountRestore(HttpServiceProxyRegistry registry, Map<String, String> providers,
			List<RestorablePersonalData> stores, RestoreProperties properties) {
		this.services = new LinkedHashMap<>();
		registry.getGroupNames()
			.stream()
			.sorted()
			.filter((group) -> providers.containsKey(group)
					&& registry.getClientTypesInGroup(group).contains(IngestImportClient.class))
			.forEach((group) -> this.services.put(group, registry.getClient(group, IngestImportClient.class)));
		this.providers = Map.copyOf(providers);
		this.stores = List.copyOf(stores);
		this.properties = properties;
	}

	/**
	 * Restore an archive into a user.
	 * @param userId the signed-in user, whose token is relayed to every service
	 * @param body the archive as it arrives
	 * @return what was restored and imported, and which services failed
	 * @throws InvalidArchiveException when the body is no {@code falcon-export} archive
	 * (nothing restored, nothing forwarded)
	 * @throws RestoreIncompleteException when every ingest service failed
	 */
	Report restore(String userId, InputStream body) throws IOException {
		Path file = ArchiveUpload.receive(body, this.properties.maxBytes().toBytes());
		try {
			Map<String, Object> own;
			try (GuardedArchive archive = GuardedArchive.open(file, this.properties)) {
				own = restoreOwn(userId, archive);
			}
			catch (ArchiveLimitException ex) {
				throw new InvalidArchiveException(ex.getMessage());
			}
			catch (IOException ex) {
				// a corrupt entry (bad deflate data, a CRC that does not match)
				throw new InvalidArchiveException("An entry of the archive cannot be read.");
			}
			Report report = forward(file, Map.of(BACKEND_SERVER, own));
			if (!this.services.isEmpty() && report.failed().size() == this.services.size()) {
				logger.warn("Restoring an archive failed in every ingest service");
				throw new RestoreIncompleteException(report);
			}
			logger.info("Restored an archive; failed in {}", report.failed());
			return report;
		}
		finally {
			ArchiveUpload.deleteQuietly(file);
		}
	}

	private Map<String, Object> restoreOwn(String userId, GuardedArchive archive) throws IOException {
		Map<String, Object> own = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (RestorablePersonalData store : this.stores) {
			Restored restored = store.restore(userId, archive);
			restored.counts()
				.forEach((collection, count) -> own.merge(collection, count, (a, b) -> (Long) a + (Long) b));
			errors.addAll(restored.errors());
		}
		own.put("errors", errors);
		return own;
	}

	private Report forward(Path file, Map<String, Map<String, Object>> restored) {
		Map<String, Map<String, Object>> imports = new LinkedHashMap<>();
		List<String> failed = new ArrayList<>();
		Map<String, String> reasons = new LinkedHashMap<>();
		this.services.forEach((service, client) -> {
			try {
				Map<String, Object> answer = client.upload(this.providers.get(service), new ArchiveFile(file));
				imports.put(service, (answer != null) ? answer : Map.of());
			}
			catch (RestClientException ex) {
				String reason = (ex instanceof RestClientResponseException response)
						? "HTTP " + response.getStatusCode().value() : "unreachable";
				logger.warn("{} could not import an archive: {} ({})", service, reason,
						ex.getMostSpecificCause().getClass().getSimpleName());
				failed.add(service);
				reasons.put(service, reason);
			}
		});
		return new Report(restored, imports, failed, reasons);
	}

	/**
	 * What a restore did.
	 *
	 * @param restored backend-server's own: per collection the documents restored, and
	 * {@code errors}
	 * @param imports per ingest service, its answer (the accepted import)
	 * @param failed the ingest services that refused the archive or could not be reached
	 * @param reasons per failed service, {@code HTTP <status>} or {@code unreachable}
	 */
	record Report(Map<String, Map<String, Object>> restored, Map<String, Map<String, Object>> imports,
			List<String> failed, Map<String, String> reasons) {
	}

	/**
	 * The kept archive as a multipart part, named {@value #FILE_NAME} rather than after
	 * the temporary file, read afresh for every service.
	 */
	private static final class ArchiveFile extends FileSystemResource {

		ArchiveFile(Path file) {
			super(file);
		}

		@Override
		public String getFilename() {
			return FILE_NAME;
		}

	}

}
