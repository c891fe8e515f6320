package health.falcon.dropbox.profiles;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * No mapping profile with this id belongs to the signed-in user (other users' profiles
 * look the same).
 */
public class ProfileNotFoundException extends ProblemException {

	public ProfileNotFoundException() {
		super(HttpStatus.NOT_FOUND, "profile-not-found", "Mapping profile not found", "No such mapping profile.");
	}

}
