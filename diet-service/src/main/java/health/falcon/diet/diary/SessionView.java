package health.falcon.diet.diary;

/**
 * The answer to a successful {@code POST /api/connections/myfitnesspal/session}.
 *
 * @param provider {@code myfitnesspal}
 * @param status {@code ACTIVE}; the backfill runs in the background (see
 * {@code GET /api/connections/myfitnesspal})
 * @param accountId the MyFitnessPal user id
 * @param username the MyFitnessPal username
 */
record SessionView(String provider, String status, String accountId, String username) {

}
