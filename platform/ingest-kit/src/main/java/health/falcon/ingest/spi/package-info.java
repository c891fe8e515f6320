/**
 * What a connector implements and what the kit hands it: the contract between the ingest
 * kit and one provider. Adding a provider means a
 * {@link health.falcon.ingest.spi.ProviderConnector} bean (a client, a mapper) plus
 * {@code falcon.ingest.providers.<id>.*} configuration.
 */
@NullMarked
package health.falcon.ingest.spi;

import org.jspecify.annotations.NullMarked;
