package health.falcon.devstack.sandbox.dropbox;

/**
 * Which entries a listing covers: the children of a folder, or with {@code recursive} the
 * folder itself and everything below it (the root is {@code ""}).
 *
 * @param pathLower the folder's lower-case path, {@code ""} for the root
 * @param recursive whether to descend
 */
record Scope(String pathLower, boolean recursive) {

	boolean contains(String entryPathLower) {
		if (this.recursive && entryPathLower.equals(this.pathLower)) {
			return !this.pathLower.isEmpty();
		}
		String prefix = this.pathLower + "/";
		if (!entryPathLower.startsWith(prefix)) {
			return false;
		}
		return this.recursive || entryPathLower.indexOf('/', prefix.length()) < 0;
	}

}
