package health.falcon.kit.required;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link MissingRequiredPropertiesException} as the one thing to fix: each
 * missing property with the environment variable that sets it.
 */
class MissingRequiredPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<MissingRequiredPropertiesException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingRequiredPropertiesException cause) {
		String description = cause.getMessage() + ": none of them has a default outside the devstack.";
		String action = "Set each of them in the environment (the variable in brackets), on the command line or "
				+ "in the deployment's configuration; ./run.sh sets them all for the devstack.";
		return new FailureAnalysis(description, action, cause);
	}

}
