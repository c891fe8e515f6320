/**
 * The package rules that every module's {@code ArchitectureTests} checks, kept in one
 * place. Test scope only.
 */
@NullMarked
package health.falcon.architecture;

import org.jspecify.annotations.NullMarked;
