package health.falcon.devstack.idp.users;

import java.util.List;

import health.falcon.devstack.idp.IdpProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The devstack demo accounts ({@code falcon.devstack.idp.users}) as in-memory users.
 * These are demo credentials for local development only.
 */
@Configuration(proxyBeanMethods = false)
class DemoUserConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// delegating, so {noop} demo values work and so do {bcrypt} values
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(IdpProperties properties) {
		List<UserDetails> users = properties.users()
			.stream()
			.map((user) -> User.withUsername(user.username()).password(user.storedPassword()).roles("USER").build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

}
