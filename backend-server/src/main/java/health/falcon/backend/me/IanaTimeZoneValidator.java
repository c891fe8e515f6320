package health.falcon.backend.me;

import java.time.ZoneId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Accepts only region ids from {@link ZoneId#getAvailableZoneIds()}.
 */
class IanaTimeZoneValidator implements ConstraintValidator<IanaTimeZone, String> {

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || ZoneId.getAvailableZoneIds().contains(value);
	}

}
