package health.falcon.dropbox.formats;

import java.util.List;
import java.util.Locale;

/**
 * Header fields looked up by name, ignoring case and surrounding whitespace.
 */
final class Columns {

	private final List<String> names;

	Columns(List<String> header) {
		this.names = header.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
	}

	List<String> names() {
		return this.names;
	}

	boolean has(String... names) {
		for (String name : names) {
			if (index(name) < 0) {
				return false;
			}
		}
		return true;
	}

	int index(String name) {
		return this.names.indexOf(name);
	}

	static String field(List<String> fields, int index) {
		return (index >= 0 && index < fields.size()) ? fields.get(index) : "";
	}

}
