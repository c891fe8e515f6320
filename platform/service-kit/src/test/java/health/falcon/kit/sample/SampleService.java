package health.falcon.kit.sample;

import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
class SampleService {

	public String echo(@NotBlank String text) {
		return text;
	}

}
