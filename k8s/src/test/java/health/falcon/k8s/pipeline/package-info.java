/**
 * Tests of the delivery pipeline: the Jenkinsfile's structure and the scripts under
 * {@code scripts/ci/} it calls, run against a fake {@code bluegreen} and {@code kubectl}.
 */
@NullMarked
package health.falcon.k8s.pipeline;

import org.jspecify.annotations.NullMarked;
