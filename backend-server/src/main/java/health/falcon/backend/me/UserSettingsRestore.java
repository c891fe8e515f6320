package health.falcon.backend.me;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import health.falcon.backend.erasure.ExportArchive;
import health.falcon.backend.erasure.RestorablePersonalData;
import health.falcon.backend.erasure.Restored;
import health.falcon.documents.archive.ExportArchiveFormat;
import health.falcon.documents.settings.UserSettingsCollection;
import health.falcon.model.UnitSystem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Restores the user's settings ({@code collections/user_settings.json}, one document at
 * most) through {@link UserSettingsService}, after the checks of
 * {@code PUT /api/me/settings}: settings that would be refused there are reported and not
 * stored. Restoring again stores the same settings again.
 */
@Component
class UserSettingsRestore implements RestorablePersonalData {

	private static final String ENTRY = ExportArchiveFormat.entry(UserSettingsCollection.COLLECTION);

	private final UserSettingsService settings;

	private final Validator validator;

	UserSettingsRestore(UserSettingsService settings, Validator validator) {
		this.settings = settings;
		this.validator = validator;
	}

	@Override
	public Restored restore(String userId, ExportArchive archive) throws IOException {
		List<MeController.SettingsUpdate> found = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		archive.documents(UserSettingsCollection.COLLECTION, new ExportArchive.DocumentVisitor() {

			@Override
			public void document(int line, Document document) {
				MeController.SettingsUpdate update = update(document);
				String invalid = (update != null) ? violations(update) : "not a settings document";
				if (invalid == null) {
					found.add(update);
				}
				else {
					errors.add(ENTRY + " line " + line + ": " + invalid);
				}
			}

			@Override
			public void malformed(int line) {
				errors.add(ENTRY + " line " + line + ": not a JSON document");
			}

		});
		if (found.isEmpty()) {
			return new Restored(Map.of(UserSettingsCollection.COLLECTION, 0L), errors);
		}
		// one document at most; should an archive hold more, the last one wins
		MeController.SettingsUpdate update = found.get(found.size() - 1);
		this.settings.update(userId, ZoneId.of(update.timeZone()), UnitSystem.fromValue(update.units()),
				update.heartRate());
		return new Restored(Map.of(UserSettingsCollection.COLLECTION, 1L), errors);
	}

	private @Nullable String violations(MeController.SettingsUpdate update) {
		Set<ConstraintViolation<MeController.SettingsUpdate>> violations = this.validator.validate(update);
		if (violations.isEmpty()) {
			return null;
		}
		return violations.stream()
			.sorted(Comparator.comparing((violation) -> violation.getPropertyPath().toString()))
			.map((violation) -> violation.getPropertyPath() + " " + violation.getMessage())
			.collect(Collectors.joining(", "));
	}

	private static MeController.@Nullable SettingsUpdate update(Document document) {
		Object timeZone = document.get(UserSettingsCollection.TIME_ZONE);
		Object units = document.get(UserSettingsCollection.UNITS);
		Object heartRate = document.get(UserSettingsCollection.HEART_RATE);
		if (!(timeZone instanceof String zone) || !(units instanceof String system)
				|| (heartRate != null && !(heartRate instanceof Document))) {
			return null;
		}
		try {
			return new MeController.SettingsUpdate(zone, system,
					(heartRate != null) ? heartRate((Document) heartRate) : null);
		}
		catch (ClassCastException ex) {
			return null;
		}
	}

	private static HeartRate heartRate(Document document) {
		return new HeartRate(integer(document.get(UserSettingsCollection.HEART_RATE_MAX)),
				integer(document.get(UserSettingsCollection.HEART_RATE_RESTING)),
				integer(document.get(UserSettingsCollection.HEART_RATE_FITNESS_DAYS)),
				integer(document.get(UserSettingsCollection.HEART_RATE_FATIGUE_DAYS)),
				(String) document.get(UserSettingsCollection.HEART_RATE_TRIMP_FORMULA));
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		Number number = (Number) value;
		if (number.doubleValue() != number.intValue()) {
			throw new ClassCastException("not a whole number");
		}
		return number.intValue();
	}

}
