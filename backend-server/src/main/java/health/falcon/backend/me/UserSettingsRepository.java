package health.falcon.backend.me;

import org.springframework.data.repository.CrudRepository;

/**
 * Spring Data repository of {@link UserSettings}, keyed by user id.
 */
interface UserSettingsRepository extends CrudRepository<UserSettings, String> {

}
