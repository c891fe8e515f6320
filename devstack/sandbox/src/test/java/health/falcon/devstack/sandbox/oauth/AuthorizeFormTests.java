package health.falcon.devstack.sandbox.oauth;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

class AuthorizeFormTests {

	@Test
	void keepsHiddenFieldsInOrderAndSkipsAbsentOnes() {
		AuthorizeForm form = complete().hidden("b", "1")
			.hiddenIfPresent("skipped", null)
			.hidden("a", "2")
			.hiddenIfPresent("c", "3")
			.build();
		assertThat(form.hiddenFields()).containsExactly(entry("b", "1"), entry("a", "2"), entry("c", "3"));
	}

	@Test
	void ticksEveryCheckboxAndSelectsTheFirstRadio() {
		AuthorizeForm form = complete().checkboxes("Scopes", "scope", List.of("x", "y"))
			.radios("Who", "who", List.of(7, 8, 9), String::valueOf, (n) -> "#" + n)
			.build();
		assertThat(form.fieldsets()).extracting(AuthorizeForm.Fieldset::type).containsExactly("checkbox", "radio");
		assertThat(form.fieldsets().get(0).choices()).containsExactly(new AuthorizeForm.Choice("x", "x", true),
				new AuthorizeForm.Choice("y", "y", true));
		assertThat(form.fieldsets().get(1).choices()).containsExactly(new AuthorizeForm.Choice("7", "#7", true),
				new AuthorizeForm.Choice("8", "#8", false), new AuthorizeForm.Choice("9", "#9", false));
	}

	@Test
	void radiosWithoutItemsSelectNothing() {
		AuthorizeForm form = complete().radios("Who", "who", List.<String>of(), (s) -> s, (s) -> s).build();
		assertThat(form.fieldsets().get(0).choices()).isEmpty();
	}

	@Test
	void refusesAFormWithoutItsRequiredParts() {
		assertThatNullPointerException().isThrownBy(() -> AuthorizeForm.post("/a").build())
			.withMessageContaining("title");
		assertThatNullPointerException()
			.isThrownBy(() -> AuthorizeForm.post("/a").title("t").heading("h").intro("i").submit("s").build())
			.withMessageContaining("cancel URL");
	}

	@Test
	void theBuiltFormDoesNotChangeWithTheBuilder() {
		AuthorizeForm.Builder builder = complete().hidden("a", "1");
		AuthorizeForm form = builder.build();
		builder.hidden("b", "2").checkboxes("L", "n", List.of("v"));
		assertThat(form.hiddenFields()).containsOnlyKeys("a");
		assertThat(form.fieldsets()).isEmpty();
	}

	private static AuthorizeForm.Builder complete() {
		return AuthorizeForm.post("/authorize").title("T").heading("H").intro("I").submit("S").cancel("/cancel");
	}

}
