/**
 * Hand-off of files that belong to other services: MyFitnessPal export files go to
 * diet-service, Fitbit and Google Takeout export ZIPs to fitbit-service, through their
 * service-to-service import APIs with this service's own client-credentials token.
 */
@NullMarked
package health.falcon.dropbox.handoff;

import org.jspecify.annotations.NullMarked;
