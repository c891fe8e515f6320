package health.falcon.k8s.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parent POM's Jib configuration: only behind the profile {@code images}, only for
 * the deployed services (the same list as {@code scripts/ci/services.sh}), with an exact
 * base image, a non-root user, the commit in the tag and never {@code latest}.
 */
class ImageProfileTests {

	private static final Map<String, List<String>> PORTS = Map.of("gateway", List.of("8080", "8180"), "backend-server",
			List.of("8081", "8181"), "backend-data", List.of("8082", "8182"), "fitness-service",
			List.of("8083", "8183"), "diet-service", List.of("8084", "8184"), "fitbit-service", List.of("8085", "8185"),
			"dropbox-ingest", List.of("8086", "8186"));

	private static Document pom;

	private static final XPath XPATH = XPathFactory.newInstance().newXPath();

	@BeforeAll
	static void read() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		pom = factory.newDocumentBuilder().parse(Repository.root().resolve("pom.xml").toFile());
	}

	@Test
	void skipsJibOutsideTheProfile() throws Exception {
		assertThat(text("/project/build/pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']"
				+ "/configuration/skip"))
			.isEqualTo("true");
		assertThat(text("/project/properties/falcon.image.skip")).isEqualTo("true");
		assertThat(text("/project/build/plugins/plugin[artifactId='jib-maven-plugin']")).isEmpty();
	}

	@Test
	void buildsNonRootImagesTaggedWithTheCommitFromAnExactBaseImage() throws Exception {
		String jib = "/project/profiles/profile[id='images']/build/pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']/configuration";
		assertThat(text(jib + "/skip")).isEqualTo("${falcon.image.skip}");
		assertThat(text(jib + "/from/image")).isEqualTo("${jib.base-image}");
		assertThat(text("/project/properties/jib.base-image"))
			.matches(Pattern.compile("eclipse-temurin:17\\.0\\.\\d+_\\d+-jre(@sha256:[0-9a-f]{64})?"));
		assertThat(text(jib + "/to/image")).isEqualTo("${jib.registry}/${project.artifactId}:${falcon.image.tag}");
		assertThat(text("/project/profiles/profile[id='images']/properties/falcon.image.tag"))
			.isEqualTo("${project.version}-${git.commit.id.abbrev}");
		assertThat(text(jib + "/container/user")).isEqualTo("65532:65532");
		assertThat(text(jib + "/container/ports")).contains("${falcon.image.http-port}",
				"${falcon.image.management-port}");
		assertThat(text(jib + "/extraDirectories/paths/path/includes")).isEqualTo("cds/app.jsa");
		assertThat(text(jib + "/extraDirectories/paths/path/into")).isEqualTo("/app");
		assertThat(text("/project")).doesNotContainIgnoringCase(":latest");
	}

	@Test
	void givesImagesToExactlyTheDeployedServicesWithTheirPorts() throws Exception {
		Map<String, List<String>> profiles = new LinkedHashMap<>();
		NodeList nodes = (NodeList) XPATH.evaluate("/project/profiles/profile[starts-with(id, 'image-')]", pom,
				XPathConstants.NODESET);
		for (int i = 0; i < nodes.getLength(); i++) {
			Element profile = (Element) nodes.item(i);
			String service = XPATH.evaluate("id", profile).substring("image-".length());
			String marker = XPATH.evaluate("activation/file/exists", profile).replace("${basedir}", service);
			assertThat(Repository.root().resolve(Path.of(marker))).as("%s's marker", service).isRegularFile();
			assertThat(XPATH.evaluate("properties/falcon.image.skip", profile)).isEqualTo("false");
			profiles.put(service, List.of(XPATH.evaluate("properties/falcon.image.http-port", profile),
					XPATH.evaluate("properties/falcon.image.management-port", profile)));
		}
		assertThat(profiles).isEqualTo(PORTS);
		Command list = Command.run(Repository.root(), Map.of(),
				List.of("bash", "-c", ". scripts/ci/services.sh; printf '%s\\n' \"${FALCON_SERVICES[@]}\""));
		assertThat(list.output().lines()).containsExactlyInAnyOrderElementsOf(PORTS.keySet());
	}

	private static String text(String expression) throws Exception {
		return XPATH.evaluate(expression, pom).strip();
	}

}
