/**
 * The {@code activities} collection: the stored shape, idempotent bulk upserts, soft
 * deletes, purges and the backlog of activities still waiting for their details.
 */
@NullMarked
package health.falcon.fitness.activity;

import org.jspecify.annotations.NullMarked;
