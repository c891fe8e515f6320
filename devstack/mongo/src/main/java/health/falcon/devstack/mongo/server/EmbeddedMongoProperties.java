package health.falcon.devstack.mongo.server;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded MongoDB listens and stores its data.
 *
 * @param port TCP port to listen on; {@code 0} picks a free port (used by tests)
 * @param bindAddress address to bind; loopback by default so the devstack is never
 * reachable from the network
 * @param dataDir directory holding the MVStore file; created when missing (the default,
 * {@code ${FALCON_HOME:.falcon}/mongo}, is set in {@code application.yaml})
 */
@Validated
@ConfigurationProperties("falcon.devstack.mongo")
record EmbeddedMongoProperties(@DefaultValue("27017") @Min(0) @Max(65535) int port,
		@DefaultValue("127.0.0.1") @NotBlank String bindAddress, @NotNull Path dataDir) {

	/** File name of the MVStore inside {@link #dataDir()}. */
	static final String STORE_FILE_NAME = "falcon.mv";

	Path storeFile() {
		return this.dataDir.resolve(STORE_FILE_NAME);
	}

}
