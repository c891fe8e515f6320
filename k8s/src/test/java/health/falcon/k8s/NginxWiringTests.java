package health.falcon.k8s;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * nginx/nginx.conf and the manifests agree: every listener is a port of the Nginx pods,
 * every service URL in a ConfigMap names the Nginx port that proxies to that service, the
 * upstream names are the live Services with their ports, {@code /internal} is refused on
 * the service listeners and its own listeners admit only dropbox-ingest. (Nginx itself
 * runs in the proxy tests, package {@code proxy}.)
 */
class NginxWiringTests {

	private static final Pattern SERVER = Pattern.compile("listen (\\d+);(.*?)(?=listen \\d+;|\\z)", Pattern.DOTALL);

	private static final Pattern UPSTREAM = Pattern
		.compile("map \"\" \\$(\\w+) \\{ default ([a-z-]+)\\.falcon\\.svc\\.cluster\\.local:(\\d+); }");

	private final ManifestSet base = new ManifestSet(Kustomizations.load(ManifestPaths.base()));

	private final String conf = ManifestPaths.read(ManifestPaths.nginx().resolve("nginx.conf"));

	@Test
	void everyListenerIsAPortOfTheNginxPods() {
		Set<Integer> containerPorts = this.base.find(Deployment.class, "nginx")
			.orElseThrow()
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0)
			.getPorts()
			.stream()
			.map(ContainerPort::getContainerPort)
			.collect(Collectors.toSet());
		assertThat(servers().keySet()).containsExactlyInAnyOrderElementsOf(containerPorts);
		Service external = this.base.find(Service.class, "gateway-external").orElseThrow();
		assertThat(external.getSpec().getType()).isEqualTo("NodePort");
		assertThat(external.getSpec().getPorts().get(0).getTargetPort()).isEqualTo(new IntOrString("edge"));
	}

	@Test
	void upstreamsAreTheLiveServicesWithTheirPorts() {
		Map<String, String> upstreams = upstreams();
		assertThat(upstreams.values()).containsExactlyInAnyOrderElementsOf(
				FalconService.ALL.stream().map((service) -> service.name() + ":" + service.port()).toList());
		Matcher proxyPass = Pattern.compile("proxy_pass http://\\$(\\w+);").matcher(this.conf);
		while (proxyPass.find()) {
			assertThat(upstreams).containsKey(proxyPass.group(1));
		}
	}

	@Test
	void everyServiceUrlNamesTheNginxPortOfThatService() {
		Map<Integer, String> servers = servers();
		Map<String, String> upstreams = upstreams();
		int checked = 0;
		for (ConfigMap configMap : this.base.all(ConfigMap.class)) {
			for (Map.Entry<String, String> entry : configMap.getData().entrySet()) {
				if (entry.getKey().startsWith("FALCON_SERVICES_")) {
					URI url = URI.create(entry.getValue());
					String target = entry.getKey()
						.substring("FALCON_SERVICES_".length())
						.toLowerCase()
						.replace('_', '-');
					assertThat(url.getHost()).as(entry.getKey()).isEqualTo("nginx");
					String server = servers.get(url.getPort());
					assertThat(server).as("an Nginx listener on %d", url.getPort()).isNotNull();
					assertThat(proxiedServices(server, upstreams)).as(entry.getKey()).containsExactly(target);
					assertThat(callers(url.getPort())).as("who may reach Nginx port %d", url.getPort())
						.contains(configMap.getMetadata().getName().replace("-config", ""));
					checked++;
				}
			}
		}
		assertThat(checked).as("gateway 5, backend-server 5, dropbox-ingest 2").isEqualTo(12);
	}

	@Test
	void internalPathsAreRefusedOnServiceListenersAndOwnListenersAdmitOnlyDropboxIngest() {
		servers().forEach((port, server) -> {
			if (port >= 8081 && port <= 8086) {
				assertThat(server).contains("location ^~ /internal { return 404; }");
			}
			if (port >= 9000) {
				assertThat(server).contains("location ^~ /internal/ {").contains("location / { return 404; }");
				assertThat(callers(port)).containsExactly("dropbox-ingest");
			}
		});
	}

	private Map<Integer, String> servers() {
		Map<Integer, String> servers = new LinkedHashMap<>();
		Matcher server = SERVER.matcher(this.conf);
		while (server.find()) {
			servers.put(Integer.parseInt(server.group(1)), server.group(2));
		}
		return servers;
	}

	private Map<String, String> upstreams() {
		Map<String, String> upstreams = new LinkedHashMap<>();
		Matcher upstream = UPSTREAM.matcher(ManifestPaths.read(ManifestPaths.nginx().resolve("upstreams.conf")));
		while (upstream.find()) {
			upstreams.put(upstream.group(1), upstream.group(2) + ":" + upstream.group(3));
			Service service = this.base.find(Service.class, upstream.group(2)).orElseThrow();
			assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort)
				.contains(Integer.parseInt(upstream.group(3)));
		}
		return upstreams;
	}

	private static List<String> proxiedServices(String server, Map<String, String> upstreams) {
		Matcher proxyPass = Pattern.compile("proxy_pass http://\\$(\\w+);").matcher(server);
		List<String> services = new ArrayList<>();
		while (proxyPass.find()) {
			String upstream = upstreams.get(proxyPass.group(1));
			services.add(upstream.substring(0, upstream.indexOf(':')));
		}
		return services;
	}

	/**
	 * The apps the NetworkPolicy nginx lets reach a port (by their {@code app} label).
	 */
	private List<String> callers(int port) {
		NetworkPolicy policy = this.base.find(NetworkPolicy.class, "nginx").orElseThrow();
		return policy.getSpec()
			.getIngress()
			.stream()
			.filter((rule) -> rule.getPorts().stream().anyMatch((p) -> new IntOrString(port).equals(p.getPort())))
			.flatMap(NginxWiringTests::apps)
			.toList();
	}

	private static Stream<String> apps(NetworkPolicyIngressRule rule) {
		return rule.getFrom().stream().flatMap((peer) -> {
			LabelSelector selector = peer.getPodSelector();
			if (selector == null) {
				return Stream.of();
			}
			Stream<String> fromLabels = selector.getMatchLabels().values().stream();
			Stream<String> fromExpressions = selector.getMatchExpressions()
				.stream()
				.flatMap((expression) -> expression.getValues().stream());
			return Stream.concat(fromLabels, fromExpressions);
		});
	}

}
