package health.falcon.data.insights.training;

/**
 * The maximum and the resting heart rate of a user's TRIMP.
 *
 * @param estimated whether either of them was estimated from the data
 * @param max the maximum heart rate
 * @param resting the resting heart rate, below the maximum
 */
record HeartRateLimits(boolean estimated, HeartRateLimit max, HeartRateLimit resting) {

	HeartRateLimits(HeartRateLimit max, HeartRateLimit resting) {
		this(max.estimated() || resting.estimated(), max, resting);
	}

	/**
	 * The heart-rate reserve fraction HRr = (HR − HRrest) / (HRmax − HRrest), held within
	 * 0 (at or below rest) and 1 (at or above the maximum).
	 * @param heartRate the heart rate in bpm
	 */
	double reserve(double heartRate) {
		double reserve = (heartRate - this.resting.bpm()) / (this.max.bpm() - this.resting.bpm());
		return Math.max(0, Math.min(1, reserve));
	}

}
