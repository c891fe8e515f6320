@NullMarked
package health.falcon.backend.account;

import org.jspecify.annotations.NullMarked;
