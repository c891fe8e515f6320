package health.falcon.devstack.sandbox.myfitnesspal;

import java.util.List;

/**
 * A sandbox MyFitnessPal account.
 *
 * @param username login name and diary URL name
 * @param password the sandbox password (equal to the username)
 * @param userId the API user id
 * @param weightUnit {@code kg} or {@code pounds}
 * @param mealNames the diary's meal names, in order
 * @param access who may read the diary
 * @param historyDays how many days up to today have seeded meals
 * @param goals the daily goals
 */
record MfpAccount(String username, String password, String userId, String email, String weightUnit,
		List<String> mealNames, Access access, int historyDays, Nutrition goals) {

	/**
	 * Diary visibility scenarios.
	 */
	enum Access {

		/** Readable by its owner. */
		OPEN,

		/** "This user maintains a private diary." */
		PRIVATE,

		/** "This Diary is locked with a key." */
		LOCKED

	}

}
