/**
 * The stored MongoDB documents that a writer and its readers share: per collection its
 * name, field names, read records, codecs and index definitions. No Spring application,
 * no behaviour beyond mapping.
 */
@NullMarked
package health.falcon.documents;

import org.jspecify.annotations.NullMarked;
