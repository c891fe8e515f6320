package health.falcon.fitbit.export;

import java.time.ZoneId;

import health.falcon.ingest.imports.ImportReport;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * The state of one import run on its thread: whose data, which zone the export's wall
 * times are read in, the report, and where rejected entries go.
 *
 * @param userId the owner
 * @param importId the import run's id
 * @param zone the zone confirmed for the export's zone-less times
 * @param zoneAssumed whether the zone was assumed rather than confirmed
 * @param source the provenance stamped on imported records
 * @param report the import's report (a quarantined entry is a rejected row)
 * @param quarantine where rejected entries are kept
 */
record ImportContext(String userId, String importId, ZoneId zone, boolean zoneAssumed, Source source,
		ImportReport report, QuarantinedRecords quarantine) {

	WallClock clock() {
		return new WallClock(this.zone, this.zoneAssumed);
	}

	void quarantine(String file, @Nullable Integer line, String reason, @Nullable String snippet) {
		this.report.rejected(file, line, reason);
		this.quarantine.store(this, file, line, reason, (snippet != null) ? snippet : "");
	}

}
