package health.falcon.diet.diary;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the diary page parser: whatever the text, nothing but the documented
 * {@link DiaryParseException} (unreadable page) and {@link DiaryUnavailableException}
 * (private or locked diary) escapes. A plain {@code mvn test} replays the seed corpus in
 * {@code DiaryParserFuzzTestsInputs/diaryPage/} (regression mode); run with
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class DiaryParserFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void diaryPage(FuzzedDataProvider data) {
		try {
			DiaryHtmlParser.parse(data.consumeRemainingAsString());
		}
		catch (DiaryParseException | DiaryUnavailableException ex) {
			// documented: not a readable diary, or a private or locked one
		}
	}

}
