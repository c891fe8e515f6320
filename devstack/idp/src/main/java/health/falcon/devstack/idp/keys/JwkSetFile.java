package health.falcon.devstack.idp.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JWK set (with private keys) stored as JSON in {@code <keyDir>/jwks.json}. The first
 * start generates one 2048-bit RSA signing key; later starts load it, so tokens signed
 * before a restart still verify against the JWKS endpoint. The file is readable by its
 * owner only where the file system supports POSIX permissions.
 */
final class JwkSetFile {

	static final String FILE_NAME = "jwks.json";

	private static final Logger logger = LoggerFactory.getLogger(JwkSetFile.class);

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private final Path file;

	JwkSetFile(Path keyDir) {
		this.file = keyDir.resolve(FILE_NAME);
	}

	Path file() {
		return this.file;
	}

	/**
	 * Loads the JWK set, generating and writing a new one when the file does not exist.
	 * @return the JWK set including private keys
	 * @throws IllegalStateException if the file exists but is not a JWK set with a
	 * private key (it is never overwritten, so a mistake cannot silently invalidate
	 * issued tokens)
	 */
	JWKSet loadOrCreate() {
		if (Files.exists(this.file)) {
			JWKSet loaded = load();
			logger.info("Loaded signing key {} from {}", loaded.getKeys().get(0).getKeyID(), this.file);
			return loaded;
		}
		JWKSet created = new JWKSet(generate());
		write(created);
		logger.info("Generated signing key {} in {}", created.getKeys().get(0).getKeyID(), this.file);
		return created;
	}

	private JWKSet load() {
		try {
			JWKSet jwkSet = JWKSet.parse(Files.readString(this.file, StandardCharsets.UTF_8));
			if (jwkSet.getKeys().isEmpty() || !jwkSet.getKeys().get(0).isPrivate()) {
				throw new IllegalStateException("No private signing key in " + this.file);
			}
			return jwkSet;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Not a JWK set: " + this.file + " (delete it to generate a new key)", ex);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA signing key", ex);
		}
	}

	private void write(JWKSet jwkSet) {
		Path dir = this.file.toAbsolutePath().getParent();
		try {
			Files.createDirectories(dir, ownerOnly("rwx------"));
			Path temp = Files.createTempFile(dir, "jwks", ".tmp", ownerOnly("rw-------"));
			Files.writeString(temp, jwkSet.toString(false), StandardCharsets.UTF_8);
			move(temp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
	}

	private void move(Path temp) throws IOException {
		try {
			// atomic, so that a crash never leaves a half-written key file behind
			Files.move(temp, this.file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, this.file);
		}
	}

	private static FileAttribute<?>[] ownerOnly(String permissions) {
		return POSIX
				? new FileAttribute<?>[] {
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) }
				: new FileAttribute<?>[0];
	}

}
