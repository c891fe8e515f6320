package health.falcon.ingest.oauth;

import java.time.Clock;
import java.time.Duration;

/**
 * The connect flow's clock and state lifetime.
 *
 * @param stateTtl how long a started flow stays valid
 */
record ConnectFlowSettings(Clock clock, Duration stateTtl) {

}
