package health.falcon.dropbox.profiles;

import health.falcon.dropbox.formats.MappingProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A mapping profile as the client sends it (to preview or to save).
 *
 * @param name the user's name for it
 * @param columns the mapped header columns
 * @param dateFormat the date (or date-and-time) pattern, for example {@code dd.MM.yyyy}
 * @param timeFormat the time pattern, for example {@code HH:mm}; optional
 */
record ProfileRequest(@NotBlank @Size(max = 100) String name, @NotNull @Valid Columns columns,
		@NotBlank @DateTimePattern String dateFormat, @DateTimePattern @Nullable String timeFormat) {

	/**
	 * The mapped columns.
	 *
	 * @param date the date (or date and time) column
	 * @param time the time column, optional
	 * @param systolic the systolic pressure column
	 * @param diastolic the diastolic pressure column
	 * @param pulse the pulse column, optional
	 */
	record Columns(@NotBlank @Size(max = 200) String date, @Size(max = 200) @Nullable String time,
			@NotBlank @Size(max = 200) String systolic, @NotBlank @Size(max = 200) String diastolic,
			@Size(max = 200) @Nullable String pulse) {

	}

	MappingProfile toProfile() {
		return new MappingProfile(this.name.strip(),
				new MappingProfile.MappedColumns(this.columns.date(), blankToNull(this.columns.time()),
						this.columns.systolic(), this.columns.diastolic(), blankToNull(this.columns.pulse())),
				this.dateFormat.strip(), blankToNull(this.timeFormat));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
