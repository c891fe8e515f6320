package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One account's files, in memory: the live tree, every stored revision, and the change
 * log that cursors point into (position {@code n} means "after the first {@code n}
 * changes"). A generation number changes on reset, so older cursors are refused. All
 * methods are synchronized.
 */
final class AccountFiles {

	private final DropboxAccount account;

	private final int generation;

	private final List<Metadata> log = new ArrayList<>();

	private final TreeMap<String, Metadata> live = new TreeMap<>();

	private final Map<String, Revision> revisions = new HashMap<>();

	AccountFiles(DropboxAccount account, int generation) {
		this.account = account;
		this.generation = generation;
	}

	DropboxAccount account() {
		return this.account;
	}

	int generation() {
		return this.generation;
	}

	synchronized int position() {
		return this.log.size();
	}

	/**
	 * Stores a new revision of a file, creating missing parent folders.
	 * @param path the display path, starting with {@code /}
	 * @param modified the server time of the revision
	 * @return the new revision's metadata
	 * @throws IllegalArgumentException when a folder is in the way
	 */
	synchronized Metadata put(String path, byte[] content, Instant modified) {
		createParents(path);
		Metadata existing = this.live.get(Metadata.lower(path));
		if (existing != null && existing.tag() == Metadata.Tag.FOLDER) {
			throw new IllegalArgumentException("a folder exists at " + path);
		}
		String id = (existing != null) ? existing.id() : newId(path);
		String rev = "%03x%06x%08x".formatted(this.generation, this.log.size() + 1, this.account.uid());
		Metadata file = Metadata.file(path, id, rev, content, modified);
		this.revisions.put(rev, new Revision(file, content.clone()));
		append(file);
		return file;
	}

	/**
	 * Deletes a file or a folder with everything below it.
	 * @param path the path, any case
	 * @return the deletion entry, empty when nothing was there
	 */
	synchronized Optional<Metadata> delete(String path) {
		Metadata existing = this.live.get(Metadata.lower(path));
		if (existing == null) {
			return Optional.empty();
		}
		Metadata deleted = existing.deleted();
		append(deleted);
		return Optional.of(deleted);
	}

	/**
	 * The live entry at a path or with an id.
	 * @param pathOrId {@code /a/b} or {@code id:...}
	 * @return the entry, empty when there is none
	 */
	synchronized Optional<Metadata> lookup(String pathOrId) {
		if (pathOrId.startsWith("id:")) {
			return this.live.values().stream().filter((entry) -> pathOrId.equals(entry.id())).findFirst();
		}
		return Optional.ofNullable(this.live.get(Metadata.lower(pathOrId)));
	}

	synchronized Optional<Revision> revision(String rev) {
		return Optional.ofNullable(this.revisions.get(rev));
	}

	synchronized List<Metadata> liveEntries() {
		return List.copyOf(this.live.values());
	}

	/**
	 * The tree as it was after the first {@code position} changes, parents before
	 * children.
	 * @param position a log position
	 * @param scope what to include
	 * @param includeDeleted whether to add entries for deleted paths
	 */
	synchronized List<Metadata> snapshot(int position, Scope scope, boolean includeDeleted) {
		TreeMap<String, Metadata> tree = new TreeMap<>();
		TreeMap<String, Metadata> tombstones = new TreeMap<>();
		for (Metadata change : this.log.subList(0, position)) {
			apply(tree, change);
			if (change.tag() == Metadata.Tag.DELETED) {
				tombstones.put(change.pathLower(), change);
			}
			else {
				tombstones.remove(change.pathLower());
			}
		}
		if (includeDeleted) {
			tombstones.forEach(tree::putIfAbsent);
		}
		return tree.values().stream().filter((entry) -> scope.contains(entry.pathLower())).toList();
	}

	/**
	 * The changes between two log positions, one entry per path (its latest state), in
	 * the order of their latest change.
	 * @param from the earlier position (exclusive)
	 * @param to the later position (inclusive)
	 * @param scope what to include
	 */
	synchronized List<Metadata> changes(int from, int to, Scope scope) {
		Map<String, Metadata> latest = new LinkedHashMap<>();
		for (Metadata change : this.log.subList(from, to)) {
			if (scope.contains(change.pathLower())) {
				latest.remove(change.pathLower());
				latest.put(change.pathLower(), change);
			}
		}
		return List.copyOf(latest.values());
	}

	private void createParents(String path) {
		for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
			String parent = path.substring(0, slash);
			Metadata existing = this.live.get(Metadata.lower(parent));
			if (existing != null && existing.tag() == Metadata.Tag.FILE) {
				throw new IllegalArgumentException("a file exists at " + parent);
			}
			if (existing == null) {
				append(Metadata.folder(parent, newId(parent)));
			}
		}
	}

	private void append(Metadata change) {
		this.log.add(change);
		apply(this.live, change);
	}

	private static void apply(TreeMap<String, Metadata> tree, Metadata change) {
		if (change.tag() == Metadata.Tag.DELETED) {
			tree.remove(change.pathLower());
			tree.subMap(change.pathLower() + "/", change.pathLower() + "0").clear();
		}
		else {
			tree.put(change.pathLower(), change);
		}
	}

	private String newId(String path) {
		String key = this.account.accountId() + "|" + Metadata.lower(path) + "|" + this.generation + "|"
				+ this.log.size();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "id:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A stored file revision.
	 */
	record Revision(Metadata metadata, byte[] content) {

	}

}
