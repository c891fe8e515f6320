package health.falcon.kit.required;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration that makes a servlet service refuse to start without the properties
 * that have no default outside the devstack (see {@link RequiredPropertiesCheck}); the
 * failure names each of them with its environment variable. It is left out of test
 * slices, which start no database client and no real decoder.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
public class RequiredPropertiesAutoConfiguration {

	@Bean
	static BeanFactoryPostProcessor falconRequiredPropertiesCheck(Environment environment) {
		return new RequiredPropertiesCheck(environment);
	}

}
