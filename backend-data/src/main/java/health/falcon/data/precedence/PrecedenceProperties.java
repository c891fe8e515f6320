package health.falcon.data.precedence;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which source wins where two hold the same value for the same time
 * ({@code falcon.data.precedence.*}). The loser stays stored and is used only where the
 * winner has no value; every answer names the source it used.
 *
 * @param nutrition the {@code nutrition_days} channels in order of precedence, for every
 * nutrition metric ({@code calories-in}, {@code protein}, {@code carbohydrates},
 * {@code fat}, {@code sodium}, {@code sugar}, {@code water}) per day and metric, for the
 * dashboard's calories eaten and for the channel a nutrition list item shows: the first
 * channel that holds a value for the day wins; a channel left out of the list is never
 * used for them. Default {@code diary,export}: the diary is what the user keeps up to
 * date, the export a snapshot of it.
 */
@ConfigurationProperties("falcon.data.precedence")
@Validated
public record PrecedenceProperties(@DefaultValue( {
		"diary", "export" }) @NotEmpty List<NutritionChannel> nutrition){

	public PrecedenceProperties {
		nutrition = List.copyOf(nutrition);
	}

}
