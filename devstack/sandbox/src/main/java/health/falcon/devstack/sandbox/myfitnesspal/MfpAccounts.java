package health.falcon.devstack.sandbox.myfitnesspal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The sandbox accounts: {@code demo} (metric, a year of meals), {@code alex} (imperial, a
 * custom meal name, three weeks) and the scenario accounts {@code private} and
 * {@code locked}. Each password equals the username.
 */
@Component
class MfpAccounts {

	private static final List<String> STANDARD_MEALS = List.of("Breakfast", "Lunch", "Dinner", "Snacks");

	private static final List<MfpAccount> ALL = List.of(
			new MfpAccount("demo", "demo", "91234567890123", "dana.demo@falcon.invalid", "kg", STANDARD_MEALS,
					MfpAccount.Access.OPEN, 365, new Nutrition(2200, 275, 73, 110, 2300, 83)),
			new MfpAccount("alex", "alex", "91234567890456", "alex.rivera@falcon.invalid", "pounds",
					List.of("Breakfast", "Lunch", "Dinner", "Post-Workout"), MfpAccount.Access.OPEN, 21,
					new Nutrition(2600, 325, 87, 130, 2300, 98)),
			new MfpAccount("private", "private", "91234567890789", "private@falcon.invalid", "kg", STANDARD_MEALS,
					MfpAccount.Access.PRIVATE, 30, new Nutrition(2000, 250, 67, 100, 2300, 75)),
			new MfpAccount("locked", "locked", "91234567890999", "locked@falcon.invalid", "kg", STANDARD_MEALS,
					MfpAccount.Access.LOCKED, 30, new Nutrition(2000, 250, 67, 100, 2300, 75)));

	Optional<MfpAccount> byUsername(String username) {
		return ALL.stream().filter((account) -> account.username().equals(username)).findFirst();
	}

	Optional<MfpAccount> byUserId(String userId) {
		return ALL.stream().filter((account) -> account.userId().equals(userId)).findFirst();
	}

	int ordinal(MfpAccount account) {
		return ALL.indexOf(account);
	}

}
