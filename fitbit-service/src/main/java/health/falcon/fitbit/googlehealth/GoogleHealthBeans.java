package health.falcon.fitbit.googlehealth;

import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.profile.FitbitProfileStore;
import health.falcon.fitbit.sleep.SleepStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Groups the connector's collaborators so that its constructor stays short.
 */
@Configuration(proxyBeanMethods = false)
class GoogleHealthBeans {

	@Bean
	GoogleHealthConnector.Streams googleHealthStreams(HeartRateSync heartRate, RestingHeartRateSync resting,
			SleepSync sleep, DailyActivitySync daily) {
		return new GoogleHealthConnector.Streams(heartRate, resting, sleep, daily);
	}

	@Bean
	GoogleHealthConnector.Stores googleHealthStores(SleepStore sleep, DailyActivityStore daily,
			HeartRateStore heartRate, FitbitProfileStore profiles) {
		return new GoogleHealthConnector.Stores(sleep, daily, heartRate, profiles);
	}

}
