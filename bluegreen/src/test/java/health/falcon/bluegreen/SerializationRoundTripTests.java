package health.falcon.bluegreen;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the Jackson version drift: fabric8 8.0.0 is built on Jackson 3.2 and runs here
 * on Boot's Jackson 3.1. YAML as k8s/base writes it must read into the model, write to
 * JSON and read back equal, with the types that need custom (de)serializers intact.
 */
class SerializationRoundTripTests {

	private static final String DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: backend-server-green
			  namespace: falcon
			  labels:
			    app: backend-server
			    color: green
			    app.kubernetes.io/part-of: falcon-health
			  annotations:
			    falcon.health/version: 0.2.0-bbbbbbb
			spec:
			  replicas: 3
			  selector:
			    matchLabels: {app: backend-server, color: green}
			  template:
			    metadata:
			      labels: {app: backend-server, color: green, kube-monkey/mtbf: "2"}
			    spec:
			      terminationGracePeriodSeconds: 45
			      securityContext: {runAsNonRoot: true, runAsUser: 65532}
			      containers:
			        - name: backend-server
			          image: ghcr.io/falcon-health/backend-server:0.2.0-bbbbbbb
			          ports:
			            - {name: http, containerPort: 8081}
			            - {name: management, containerPort: 8181}
			          readinessProbe:
			            httpGet: {path: /actuator/health/readiness, port: management}
			            periodSeconds: 5
			          livenessProbe:
			            httpGet: {path: /actuator/health/liveness, port: 8181}
			          resources:
			            requests: {cpu: 250m, memory: 512Mi}
			            limits: {memory: 1Gi}
			          securityContext:
			            readOnlyRootFilesystem: true
			            allowPrivilegeEscalation: false
			            capabilities: {drop: [ALL]}
			          lifecycle:
			            preStop:
			              sleep: {seconds: 10}
			          envFrom:
			            - configMapRef: {name: backend-server}
			          env:
			            - name: FALCON_TOKEN_KEY
			              valueFrom:
			                secretKeyRef: {name: backend-server, key: token-key}
			status:
			  observedGeneration: 4
			  replicas: 3
			  updatedReplicas: 3
			  readyReplicas: 3
			  availableReplicas: 3
			""";

	private static final String SERVICE = """
			apiVersion: v1
			kind: Service
			metadata:
			  name: backend-server
			  namespace: falcon
			  annotations:
			    falcon.health/switched-by: jenkins
			    falcon.health/switched-from: blue
			    falcon.health/switched-at: "2026-11-01T06:00:00Z"
			spec:
			  selector: {app: backend-server, color: green}
			  ports:
			    - {name: http, port: 8081, targetPort: http}
			    - {name: management, port: 8181, targetPort: 8181}
			""";

	private final KubernetesSerialization serialization = new KubernetesSerialization();

	@Test
	void deploymentSurvivesYamlToModelToJsonToModel() {
		Deployment fromYaml = this.serialization.unmarshal(DEPLOYMENT, Deployment.class);
		Deployment fromJson = this.serialization.unmarshal(this.serialization.asJson(fromYaml), Deployment.class);

		assertThat(fromJson).isEqualTo(fromYaml);
		var container = fromJson.getSpec().getTemplate().getSpec().getContainers().get(0);
		assertThat(container.getReadinessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString("management"));
		assertThat(container.getLivenessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString(8181));
		assertThat(container.getResources().getRequests()).containsEntry("cpu", new Quantity("250m"))
			.containsEntry("memory", new Quantity("512Mi"));
		assertThat(container.getLifecycle().getPreStop().getSleep().getSeconds()).isEqualTo(10L);
		assertThat(fromJson.getStatus().getObservedGeneration()).isEqualTo(4L);
		assertThat(ColourState.of("backend-server", Colour.GREEN, fromJson).version()).isEqualTo("0.2.0-bbbbbbb");
	}

	@Test
	void serviceSurvivesYamlToModelToJsonToModel() {
		Service fromYaml = this.serialization.unmarshal(SERVICE, Service.class);
		Service fromJson = this.serialization.unmarshal(this.serialization.asJson(fromYaml), Service.class);

		assertThat(fromJson).isEqualTo(fromYaml);
		assertThat(fromJson.getSpec().getPorts().get(0).getTargetPort()).isEqualTo(new IntOrString("http"));
		assertThat(fromJson.getSpec().getPorts().get(1).getTargetPort()).isEqualTo(new IntOrString(8181));
		assertThat(fromJson.getSpec().getSelector()).containsEntry("color", "green");
	}

	@Test
	void yamlWrittenByTheClientReadsBackEqual() {
		Deployment fromYaml = this.serialization.unmarshal(DEPLOYMENT, Deployment.class);

		assertThat(this.serialization.unmarshal(this.serialization.asYaml(fromYaml), Deployment.class))
			.isEqualTo(fromYaml);
	}

}
