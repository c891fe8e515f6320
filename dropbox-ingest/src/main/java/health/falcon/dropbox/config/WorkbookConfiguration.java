package health.falcon.dropbox.config;

import health.falcon.dropbox.reading.WorkbookLimits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workbook limits the import and the profile preview read {@code .xlsx} files within.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkbookProperties.class)
public class WorkbookConfiguration {

	@Bean
	WorkbookLimits workbookLimits(WorkbookProperties properties) {
		return properties.limits();
	}

}
