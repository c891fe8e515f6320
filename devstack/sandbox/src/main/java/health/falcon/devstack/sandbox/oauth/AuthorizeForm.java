package health.falcon.devstack.sandbox.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * An authorize form as {@link AuthorizePages} renders it: a heading and an introduction,
 * the request echoed in hidden fields, fieldsets of checkboxes (scopes the user may
 * untick) or radio buttons (the account to connect as), one submit button and a "Cancel"
 * link. Build one with {@link #post(String)}.
 *
 * @param title the page title
 * @param heading the page heading
 * @param intro the paragraph below the heading
 * @param action where the form posts to
 * @param hiddenFields the hidden fields, in order
 * @param fieldsets the fieldsets, in order
 * @param submitLabel the text of the submit button
 * @param cancelUrl where "Cancel" leads
 */
public record AuthorizeForm(String title, String heading, String intro, String action, Map<String, String> hiddenFields,
		List<Fieldset> fieldsets, String submitLabel, String cancelUrl) {

	/**
	 * Starts a form.
	 * @param action where the form posts to
	 * @return a builder
	 */
	public static Builder post(String action) {
		return new Builder(action);
	}

	/**
	 * A group of checkboxes or radio buttons sharing one field name.
	 *
	 * @param legend the group's caption
	 * @param type {@code checkbox} or {@code radio}
	 * @param name the field name
	 * @param choices the choices, in order
	 */
	public record Fieldset(String legend, String type, String name, List<Choice> choices) {

	}

	/**
	 * One checkbox or radio button.
	 *
	 * @param value the submitted value
	 * @param label the text next to it
	 * @param checked whether it starts checked
	 */
	public record Choice(String value, String label, boolean checked) {

	}

	/**
	 * Collects a form's parts; title, heading, intro, submit label and cancel URL are
	 * required.
	 */
	public static final class Builder {

		private final String action;

		private final Map<String, String> hiddenFields = new LinkedHashMap<>();

		private final List<Fieldset> fieldsets = new ArrayList<>();

		private @Nullable String title;

		private @Nullable String heading;

		private @Nullable String intro;

		private @Nullable String submitLabel;

		private @Nullable String cancelUrl;

		private Builder(String action) {
			this.action = action;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder heading(String heading) {
			this.heading = heading;
			return this;
		}

		public Builder intro(String intro) {
			this.intro = intro;
			return this;
		}

		public Builder hidden(String name, String value) {
			this.hiddenFields.put(name, value);
			return this;
		}

		/**
		 * Adds a hidden field unless its value is {@code null}.
		 * @param name the field name
		 * @param value the value, or {@code null} for no field
		 * @return this builder
		 */
		public Builder hiddenIfPresent(String name, @Nullable String value) {
			return (value != null) ? hidden(name, value) : this;
		}

		/**
		 * Adds checkboxes, all ticked, each labelled with its value.
		 * @param legend the group's caption
		 * @param name the field name
		 * @param values the values, in order
		 * @return this builder
		 */
		public Builder checkboxes(String legend, String name, Collection<String> values) {
			List<Choice> choices = values.stream().map((value) -> new Choice(value, value, true)).toList();
			this.fieldsets.add(new Fieldset(legend, "checkbox", name, choices));
			return this;
		}

		/**
		 * Adds radio buttons, the first one selected.
		 * @param <T> the type of the items to choose from
		 * @param legend the group's caption
		 * @param name the field name
		 * @param items the items, in order
		 * @param value an item's submitted value
		 * @param label an item's label
		 * @return this builder
		 */
		public <T> Builder radios(String legend, String name, List<T> items, Function<T, String> value,
				Function<T, String> label) {
			List<Choice> choices = new ArrayList<>();
			for (T item : items) {
				choices.add(new Choice(value.apply(item), label.apply(item), choices.isEmpty()));
			}
			this.fieldsets.add(new Fieldset(legend, "radio", name, List.copyOf(choices)));
			return this;
		}

		public Builder submit(String label) {
			this.submitLabel = label;
			return this;
		}

		public Builder cancel(String url) {
			this.cancelUrl = url;
			return this;
		}

		/**
		 * Completes the form.
		 * @throws NullPointerException when a required part is missing
		 */
		public AuthorizeForm build() {
			return new AuthorizeForm(required(this.title, "title"), required(this.heading, "heading"),
					required(this.intro, "intro"), this.action,
					Collections.unmodifiableMap(new LinkedHashMap<>(this.hiddenFields)), List.copyOf(this.fieldsets),
					required(this.submitLabel, "submit label"), required(this.cancelUrl, "cancel URL"));
		}

		private static String required(@Nullable String value, String part) {
			return Objects.requireNonNull(value, () -> "The form needs a " + part);
		}

	}

}
