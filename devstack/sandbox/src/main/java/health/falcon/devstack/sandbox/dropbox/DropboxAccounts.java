package health.falcon.devstack.sandbox.dropbox;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The sandbox's Dropbox accounts, one per devstack demo user; fixed, so account ids are
 * the same on every start.
 */
@Component
class DropboxAccounts {

	static final DropboxAccount DEMO = new DropboxAccount("demo", "Dana", "Demo", "dana.demo@falcon.invalid",
			"dbid:AADemoDanaFalconHealthSandbox0000000001", 100001L);

	static final DropboxAccount ALEX = new DropboxAccount("alex", "Alex", "Rivera", "alex.rivera@falcon.invalid",
			"dbid:AAAlexRiveraFalconHealthSandbox000000002", 100002L);

	private static final List<DropboxAccount> ALL = List.of(DEMO, ALEX);

	List<DropboxAccount> all() {
		return ALL;
	}

	Optional<DropboxAccount> byUsername(String username) {
		return ALL.stream().filter((account) -> account.username().equals(username)).findFirst();
	}

	Optional<DropboxAccount> byAccountId(String accountId) {
		return ALL.stream().filter((account) -> account.accountId().equals(accountId)).findFirst();
	}

}
