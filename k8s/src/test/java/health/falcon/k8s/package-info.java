/**
 * Tests of the Kubernetes manifests under {@code k8s/} and of Nginx's kustomization:
 * every file parses into fabric8 model objects, the overlays build with
 * {@code kubectl kustomize}, and the blue/green, security and wiring invariants hold for
 * every service ({@link health.falcon.k8s.ManifestInvariants}).
 */
@NullMarked
package health.falcon.k8s;

import org.jspecify.annotations.NullMarked;
