package health.falcon.kit.security;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user of the current request, taken from the validated JWT: {@code id} is
 * the token's {@code sub} claim, {@code name} and {@code email} its {@code name} and
 * {@code email} claims when present. Declare a controller method parameter of this type
 * to receive it; it is the only source of a user id, which no endpoint ever accepts from
 * the client. Every query is scoped by {@link #id()}.
 *
 * @param id the user id (the JWT subject), never blank
 * @param name the display name, {@code null} when the token has none
 * @param email the email address, {@code null} when the token has none
 */
public record CurrentUser(String id, @Nullable String name, @Nullable String email) {

}
