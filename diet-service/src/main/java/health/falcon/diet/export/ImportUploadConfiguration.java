package health.falcon.diet.export;

import health.falcon.ingest.uploads.MultipartLimits;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet multipart limits, taken from {@code falcon.diet.imports.max-upload-size}:
 * an upload over it is refused with 413 while it arrives, before anything is kept.
 */
@Configuration(proxyBeanMethods = false)
class ImportUploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(DietImportProperties properties) {
		return MultipartLimits.of(properties.maxUploadSize());
	}

}
