package health.falcon.data.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.data.api.Dashboard.SportVolume;
import org.jspecify.annotations.Nullable;

/**
 * Activity volume by sport over a period. A sum stays {@code null} while no activity of
 * the sport reported the value, so that a week of runs without energy never reads "0
 * kcal".
 */
final class SportVolumes {

	private SportVolumes() {
	}

	/**
	 * Sum up the activities of the last {@code days} days by sport.
	 * @return one entry per sport, most activities first, then by sport
	 */
	static List<SportVolume> of(List<ActivityRow> activities, Periods periods, int days) {
		Map<String, Volume> bySport = new TreeMap<>();
		activities.stream()
			.filter((activity) -> periods.contains(days, activity.localDate()))
			.forEach(
					(activity) -> bySport.computeIfAbsent(activity.sportType(), (sport) -> new Volume()).add(activity));
		List<SportVolume> volumes = new ArrayList<>();
		bySport.forEach((sport, volume) -> volumes.add(volume.toSportVolume(sport)));
		volumes.sort(Comparator.comparingLong(SportVolume::count).reversed());
		return volumes;
	}

	private static final class Volume {

		private long count;

		private @Nullable Double distanceMeters;

		private @Nullable Long movingSeconds;

		private @Nullable Double energyKcal;

		private long energyCount;

		void add(ActivityRow activity) {
			this.count++;
			if (activity.distanceMeters() != null) {
				this.distanceMeters = plus(this.distanceMeters, activity.distanceMeters());
			}
			if (activity.movingSeconds() != null) {
				this.movingSeconds = (this.movingSeconds != null) ? this.movingSeconds + activity.movingSeconds()
						: activity.movingSeconds();
			}
			if (activity.energyKcal() != null) {
				this.energyKcal = plus(this.energyKcal, activity.energyKcal());
				this.energyCount++;
			}
		}

		private static double plus(@Nullable Double sum, double value) {
			return (sum != null) ? sum + value : value;
		}

		SportVolume toSportVolume(String sport) {
			return new SportVolume(sport, this.count, this.distanceMeters, this.movingSeconds, this.energyKcal,
					this.energyCount);
		}

	}

}
