package health.falcon.data.paging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A {@link ListQuery}'s {@code from} must not be after its {@code to}; the violation is
 * reported on {@code from}. Either date missing is valid.
 */
@Documented
@Constraint(validatedBy = OrderedRangeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface OrderedRange {

	String message() default "must not be after 'to'";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
