package health.falcon.data.paging;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Rejects a {@link ListQuery} whose {@code from} is after its {@code to}, naming the
 * {@code from} parameter so that the problem's {@code errors} point at it.
 */
class OrderedRangeValidator implements ConstraintValidator<OrderedRange, ListQuery> {

	@Override
	public boolean isValid(@Nullable ListQuery query, ConstraintValidatorContext context) {
		if (query == null || query.from() == null || query.to() == null || !query.from().isAfter(query.to())) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode("from")
			.addConstraintViolation();
		return false;
	}

}
