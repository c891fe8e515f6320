package health.falcon.dropbox.profiles;

import health.falcon.dropbox.formats.MappingProfile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link DateTimePattern}: the pattern compiles and has at least one field.
 */
class DateTimePatternValidator implements ConstraintValidator<DateTimePattern, String> {

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		if (value.isBlank() || value.length() > 64 || value.chars().noneMatch(Character::isLetter)) {
			return false;
		}
		try {
			MappingProfile.formatter(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
