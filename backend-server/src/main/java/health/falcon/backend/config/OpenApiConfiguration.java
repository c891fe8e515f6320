package health.falcon.backend.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import health.falcon.kit.security.CurrentUser;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the browser's API, published by springdoc at
 * {@code /v3/api-docs} (paths under {@code /api} only). Like every path of this service
 * it needs a user's bearer token (the service kit's security chain); the gateway routes
 * only {@code /api/**} here, so the browser never reaches it, and developers read it from
 * a locally run backend-server. Every operation names its problem+json answers (RFC 9457,
 * schema {@value #PROBLEM}): 401 {@code unauthenticated} everywhere; for the read
 * endpoints relayed to backend-data ({@link ReadPaths}) also 400 {@code validation} or
 * {@code range-too-large}, 404 (an unknown metric, another user's id) and 502
 * {@code bad-gateway}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** The name of the problem+json schema. */
	static final String PROBLEM = "Problem";

	private static final String BEARER = "bearer";

	private static final String PROBLEM_JSON = "application/problem+json";

	static {
		// the signed-in user comes from the token, not from a request parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI falconOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Falcon Health API")
				.description("The browser's API (backend-server), reached through the gateway under /api. "
						+ "Errors are RFC 9457 problem+json with a stable type URI."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme(BEARER).bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	@Bean
	OpenApiCustomizer falconProblemResponses() {
		return (openApi) -> {
			// added here, after springdoc has dropped the schemas nothing referred to yet
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				problem(operation, "401", "No or an invalid bearer token (unauthenticated)");
				if (ReadPaths.matches(path)) {
					problem(operation, "400", "A bad parameter (validation, range-too-large), from backend-data");
					problem(operation, "404", "An unknown metric or another user's id, from backend-data");
					problem(operation, "502", "backend-data failed or could not be reached (bad-gateway)");
				}
			}));
		};
	}

	private static void problem(Operation operation, String status, String description) {
		Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
		operation.getResponses()
			.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(reference))));
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri").description("stable, names the problem"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors", new ArraySchema().items(fieldError).description("validation: the rejected fields"));
	}

}
