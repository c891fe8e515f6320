package health.falcon.devstack.sandbox.dropbox;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON fit for an HTTP header, as Dropbox writes {@code Dropbox-API-Result}: DEL and
 * every non-ASCII character escaped as {@code \\uXXXX}.
 */
final class HeaderSafeJson {

	private static final JsonMapper json = JsonMapper.builder().build();

	private HeaderSafeJson() {
	}

	static String write(Object value) {
		String text = json.writeValueAsString(value);
		StringBuilder safe = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x7F) {
				safe.append(String.format("\\u%04x", (int) c));
			}
			else {
				safe.append(c);
			}
		}
		return safe.toString();
	}

}
