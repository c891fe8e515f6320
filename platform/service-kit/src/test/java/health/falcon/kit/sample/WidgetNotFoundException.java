package health.falcon.kit.sample;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

class WidgetNotFoundException extends ProblemException {

	WidgetNotFoundException() {
		super(HttpStatus.NOT_FOUND, "widget-not-found", "Widget not found", "No such widget.");
	}

}
