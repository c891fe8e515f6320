package health.falcon.data.insights.bloodpressure;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes openhtmltopdf's own logging (which otherwise prints to standard error) into
 * SLF4J. Its messages may quote the document, which holds the user's readings, so they
 * are logged at DEBUG only; a severe problem is logged at WARN by its category alone.
 */
class PdfLog implements XRLogger {

	private static final Logger logger = LoggerFactory.getLogger(PdfLog.class);

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, @Nullable Throwable thrown) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.warn("openhtmltopdf reported a severe problem in {}", where);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("openhtmltopdf {} {}: {}", where, level, message);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// The levels are SLF4J's.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return logger.isDebugEnabled() || diagnostic.getLevel().intValue() >= Level.SEVERE.intValue();
	}

}
