package health.falcon.dropbox.profiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A valid {@link java.time.format.DateTimeFormatter} pattern as mapping profiles use it
 * ({@code null} is valid; combine with {@code @NotBlank} where required).
 */
@Documented
@Constraint(validatedBy = DateTimePatternValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface DateTimePattern {

	String message() default "is not a valid date or time pattern (for example dd.MM.yyyy, HH:mm)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
