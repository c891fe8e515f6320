package health.falcon.fitbit.export;

import health.falcon.ingest.uploads.MultipartLimits;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet multipart limits, taken from {@code falcon.fitbit.imports.max-upload-size}:
 * an export over it is refused with 413 while it arrives, before anything is kept.
 */
@Configuration(proxyBeanMethods = false)
class ImportUploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(FitbitImportProperties properties) {
		return MultipartLimits.of(properties.maxUploadSize());
	}

}
