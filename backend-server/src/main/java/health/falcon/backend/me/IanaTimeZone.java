package health.falcon.backend.me;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated string must be an IANA region id known to the JVM
 * ({@code Europe/Berlin}); offsets ({@code +02:00}), abbreviations and {@code null} are
 * handled by other constraints or rejected. {@code null} is valid here so that
 * {@code @NotBlank} reports missing values.
 */
@Documented
@Constraint(validatedBy = IanaTimeZoneValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface IanaTimeZone {

	String message() default "must be an IANA time zone such as Europe/Berlin";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
