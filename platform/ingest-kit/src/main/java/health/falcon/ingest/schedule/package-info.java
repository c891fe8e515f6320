/**
 * Quartz schedules: one cron job per enabled provider fanning out over its connections.
 */
@NullMarked
package health.falcon.ingest.schedule;

import org.jspecify.annotations.NullMarked;
