package health.falcon.dropbox.sync;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSafeJsonTests {

	@Test
	void keepsPlainAsciiAsItIs() {
		assertThat(HeaderSafeJson.pathArgument("rev:5f3a2b1c0d9e")).isEqualTo("{\"path\":\"rev:5f3a2b1c0d9e\"}");
	}

	@Test
	void escapesNonAsciiAndDelAsUnicodeEscapes() {
		assertThat(HeaderSafeJson.pathArgument("/Apps/Blutdr\u00fcck/\u007f.csv"))
			.isEqualTo("{\"path\":\"/Apps/Blutdr\\u00fcck/\\u007f.csv\"}");
	}

	@Test
	void writesCharactersOutsideTheBmpAsSurrogatePairs() {
		assertThat(HeaderSafeJson.string("\uD83D\uDC93")).isEqualTo("\"\\ud83d\\udc93\"");
	}

	@Test
	void escapesQuotesBackslashesAndControlCharacters() {
		assertThat(HeaderSafeJson.string("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
	}

	@Test
	void producesOnlyPrintableAscii() {
		String json = HeaderSafeJson.pathArgument("/Gesundheit/\u00e9t\u00e9 \u65e5\u672c/\u00df.csv");
		assertThat(json.chars()).allSatisfy((c) -> assertThat(c).isBetween(0x20, 0x7E));
	}

}
