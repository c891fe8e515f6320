package health.falcon.k8s;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/**
 * The objects of one site (or of the base), looked up by kind and name.
 *
 * @param objects every object, in order
 */
record ManifestSet(List<HasMetadata> objects) {

	<T extends HasMetadata> List<T> all(Class<T> kind) {
		return this.objects.stream().filter(kind::isInstance).map(kind::cast).toList();
	}

	<T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
		return all(kind).stream().filter((object) -> name.equals(object.getMetadata().getName())).findFirst();
	}

	/** The ConfigMap of that name, also when kustomize appended a content hash to it. */
	<T extends HasMetadata> Optional<T> findGenerated(Class<T> kind, String name) {
		return all(kind).stream()
			.filter((object) -> object.getMetadata().getName().equals(name)
					|| object.getMetadata().getName().matches(Pattern.quote(name) + "-[a-z0-9]{10}"))
			.findFirst();
	}

	/**
	 * Every pod template (Deployments, StatefulSets, Jobs), with the name of its owner.
	 */
	List<Workload> workloads() {
		return this.objects.stream().map(ManifestSet::workload).filter(Objects::nonNull).toList();
	}

	private static Workload workload(HasMetadata object) {
		PodTemplateSpec template = null;
		if (object instanceof Deployment deployment) {
			template = deployment.getSpec().getTemplate();
		}
		else if (object instanceof StatefulSet statefulSet) {
			template = statefulSet.getSpec().getTemplate();
		}
		else if (object instanceof Job job) {
			template = job.getSpec().getTemplate();
		}
		return (template != null)
				? new Workload(object.getKind() + "/" + object.getMetadata().getName(), object, template) : null;
	}

	/**
	 * A pod template and what owns it.
	 *
	 * @param name {@code Kind/name}, for messages
	 * @param owner the Deployment, StatefulSet or Job
	 * @param template its pod template
	 */
	record Workload(String name, HasMetadata owner, PodTemplateSpec template) {

		boolean serves() {
			return !(this.owner instanceof Job);
		}

	}

}
