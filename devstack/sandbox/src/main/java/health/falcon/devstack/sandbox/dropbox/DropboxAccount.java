package health.falcon.devstack.sandbox.dropbox;

/**
 * A sandbox Dropbox account, named after the devstack login user it belongs to.
 *
 * @param username the devstack login user ({@code demo}, {@code alex}); also the
 * {@code account} parameter of the sandbox routes
 * @param givenName first name
 * @param surname last name
 * @param accountId the {@code dbid:...} account id
 * @param uid the legacy numeric user id (webhook {@code delta.users})
 */
record DropboxAccount(String username, String givenName, String surname, String email, String accountId, long uid) {

	String displayName() {
		return this.givenName + " " + this.surname;
	}

}
