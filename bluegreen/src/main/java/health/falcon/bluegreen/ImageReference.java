package health.falcon.bluegreen;

import org.jspecify.annotations.Nullable;

/**
 * A container image reference split into repository, tag and digest, enough to name the
 * version a colour runs and to refuse mutable references.
 *
 * @param repository the part before the tag or digest
 * @param tag the tag, {@code null} when there is none
 * @param digest the digest ({@code sha256:...}), {@code null} when there is none
 */
record ImageReference(String repository, @Nullable String tag, @Nullable String digest) {

	static ImageReference parse(String image) {
		String rest = image;
		String digest = null;
		int at = rest.indexOf('@');
		if (at >= 0) {
			digest = rest.substring(at + 1);
			rest = rest.substring(0, at);
		}
		String tag = null;
		int colon = rest.lastIndexOf(':');
		if (colon > rest.lastIndexOf('/')) {
			tag = rest.substring(colon + 1);
			rest = rest.substring(0, colon);
		}
		return new ImageReference(rest, tag, digest);
	}

	/**
	 * The version this image stands for: its tag, else the start of its digest.
	 * @return the version, {@code null} when the reference has neither
	 */
	@Nullable String version() {
		if (this.tag != null) {
			return this.tag;
		}
		return (this.digest != null) ? this.digest.substring(0, Math.min(this.digest.length(), 19)) : null;
	}

	/**
	 * Whether the reference pins what runs: a digest, or a tag other than {@code latest}.
	 * @return {@code false} for an untagged image or {@code :latest}
	 */
	boolean immutable() {
		return this.digest != null || (this.tag != null && !this.tag.isEmpty() && !"latest".equals(this.tag));
	}

}
