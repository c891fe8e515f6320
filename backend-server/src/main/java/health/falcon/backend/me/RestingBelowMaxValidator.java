package health.falcon.backend.me;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link RestingBelowMax}; settings with only one of the two are valid.
 */
class RestingBelowMaxValidator implements ConstraintValidator<RestingBelowMax, HeartRate> {

	@Override
	public boolean isValid(@Nullable HeartRate value, ConstraintValidatorContext context) {
		if (value == null || value.max() == null || value.resting() == null || value.resting() < value.max()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode("resting")
			.addConstraintViolation();
		return false;
	}

}
