/**
 * Erasing a user's data from an ingest service ({@code DELETE /account/data}): grants
 * revoked at each provider, the connectors' records, the kit's collections, imports in
 * flight and the service's own stores ({@link health.falcon.ingest.account.AccountData}).
 */
@NullMarked
package health.falcon.ingest.account;

import org.jspecify.annotations.NullMarked;
