package health.falcon.backend.erasure;

import java.io.IOException;

/**
 * Personal data that backend-server itself stores (settings, photos), restored into the
 * signed-in user from a {@code falcon-export} archive ({@code POST /api/me/restore}).
 * Implementations are Spring beans; restoring the same archive again duplicates nothing.
 */
public interface RestorablePersonalData {

	/**
	 * Restore this store's collections from the archive into one user. A record that
	 * cannot be restored is reported and the others continue.
	 * @param userId the signed-in user, the new owner of every restored record
	 * @param archive the archive, already recognised as a {@code falcon-export}
	 * @return what was restored and what was not
	 * @throws IOException when the archive cannot be read (or is over a limit)
	 */
	Restored restore(String userId, ExportArchive archive) throws IOException;

}
