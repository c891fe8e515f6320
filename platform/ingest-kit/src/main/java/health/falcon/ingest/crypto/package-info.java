/**
 * AES-GCM encryption of provider tokens at rest, with key ids so that keys can rotate.
 */
@NullMarked
package health.falcon.ingest.crypto;

import org.jspecify.annotations.NullMarked;
