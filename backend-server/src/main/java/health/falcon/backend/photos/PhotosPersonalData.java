package health.falcon.backend.photos;

import java.util.Map;

import health.falcon.backend.erasure.PersonalData;

import org.springframework.stereotype.Component;

/**
 * A user's photos as personal data: erasing removes every document of the user in
 * {@code photos} and every file in the bucket {@code photo_files} whose
 * {@code metadata.userId} is the user (orphans of failed uploads included).
 */
@Component
class PhotosPersonalData implements PersonalData {

	private final PhotoStore store;

	PhotosPersonalData(PhotoStore store) {
		this.store = store;
	}

	@Override
	public Map<String, Long> erase(String userId) {
		return this.store.erase(userId);
	}

}
