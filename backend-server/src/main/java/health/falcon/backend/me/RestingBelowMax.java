package health.falcon.backend.me;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The resting heart rate of {@link HeartRate} must be below its maximum when both are
 * given; reported on the {@code resting} member.
 */
@Documented
@Constraint(validatedBy = RestingBelowMaxValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface RestingBelowMax {

	String message() default "must be below max";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
