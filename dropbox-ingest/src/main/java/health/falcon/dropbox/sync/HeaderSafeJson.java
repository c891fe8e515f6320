package health.falcon.dropbox.sync;

/**
 * The JSON of a {@code Dropbox-API-Arg} header: a header value must be ASCII, so besides
 * JSON's own escapes, DEL (0x7F) and every non-ASCII character are written as
 * {@code \\uXXXX} (characters outside the BMP as their two UTF-16 surrogates).
 */
final class HeaderSafeJson {

	private HeaderSafeJson() {
	}

	/**
	 * The argument of {@code files/download}.
	 * @param path a path, {@code id:...} or {@code rev:...}
	 * @return {@code {"path":"..."}}, ASCII only
	 */
	static String pathArgument(String path) {
		return "{\"path\":" + string(path) + "}";
	}

	/**
	 * A JSON string literal that is safe in an HTTP header.
	 * @return the quoted, escaped literal
	 */
	static String string(String value) {
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20 || c >= 0x7F) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}
