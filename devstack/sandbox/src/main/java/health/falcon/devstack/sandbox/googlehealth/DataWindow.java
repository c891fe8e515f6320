package health.falcon.devstack.sandbox.googlehealth;

import java.time.Clock;
import java.time.Instant;

import health.falcon.devstack.sandbox.common.synthetic.Residence;
import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The span of synthetic data the emulator serves: from {@code history} before now until
 * {@code lag} before now (the last sync), read from the injected clock on every request.
 */
@Configuration(proxyBeanMethods = false)
class DataWindow {

	private final Clock clock;

	private final GoogleHealthProperties properties;

	DataWindow(Clock clock, GoogleHealthProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	@Bean
	static SyntheticPerson googleHealthPerson(GoogleHealthProperties properties) {
		GoogleHealthProperties.Data data = properties.data();
		return new SyntheticPerson(data.seed(), new Residence(data.homeZone(), data.travelZone()));
	}

	Instant now() {
		return this.clock.instant();
	}

	/**
	 * Start of the data (inclusive).
	 * @return now minus the history
	 */
	Instant start() {
		return now().minus(this.properties.data().history());
	}

	/**
	 * End of the data (exclusive): nothing after the last sync.
	 * @return now minus the lag
	 */
	Instant end() {
		return now().minus(this.properties.data().lag());
	}

}
