package health.falcon.backend.erasure;

import java.util.List;
import java.util.Map;

/**
 * What a {@link RestorablePersonalData} store restored from an archive.
 *
 * @param counts the documents (or photos) restored, per collection
 * @param errors what could not be restored, each naming the entry (and line or photo id)
 * and why, never the data itself
 */
public record Restored(Map<String, Long> counts, List<String> errors) {

	public Restored {
		counts = Map.copyOf(counts);
		errors = List.copyOf(errors);
	}

}
