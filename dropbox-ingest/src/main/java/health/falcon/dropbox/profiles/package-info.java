/**
 * Column mapping profiles for blood-pressure CSVs that no built-in format recognises:
 * create, list and delete them, preview one on a sample file without storing anything,
 * and find the profile that applies to a file.
 */
@NullMarked
package health.falcon.dropbox.profiles;

import org.jspecify.annotations.NullMarked;
