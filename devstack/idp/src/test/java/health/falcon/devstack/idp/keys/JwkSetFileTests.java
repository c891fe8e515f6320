package health.falcon.devstack.idp.keys;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

class JwkSetFileTests {

	@TempDir
	Path tempDir;

	@Test
	void generatesAPrivateRsaSigningKeyOnFirstUse() {
		JWKSet jwkSet = new JwkSetFile(this.tempDir.resolve("idp")).loadOrCreate();

		assertThat(jwkSet.getKeys()).singleElement().isInstanceOf(RSAKey.class).satisfies((key) -> {
			assertThat(key.isPrivate()).isTrue();
			assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
			assertThat(key.getKeyID()).isNotBlank();
			assertThat(key.size()).isEqualTo(2048);
		});
		assertThat(this.tempDir.resolve("idp").resolve(JwkSetFile.FILE_NAME)).isRegularFile();
	}

	@Test
	void loadsTheSameKeyOnLaterUse() {
		Path keyDir = this.tempDir.resolve("idp");
		JWKSet first = new JwkSetFile(keyDir).loadOrCreate();
		JWKSet second = new JwkSetFile(keyDir).loadOrCreate();

		assertThat(second.getKeys().get(0).getKeyID()).isEqualTo(first.getKeys().get(0).getKeyID());
		assertThat(second.getKeys().get(0).toRSAKey().getPrivateExponent())
			.isEqualTo(first.getKeys().get(0).toRSAKey().getPrivateExponent());
	}

	@Test
	void generatesADifferentKeyInAnotherDirectory() {
		JWKSet first = new JwkSetFile(this.tempDir.resolve("one")).loadOrCreate();
		JWKSet second = new JwkSetFile(this.tempDir.resolve("two")).loadOrCreate();

		assertThat(second.getKeys().get(0).getKeyID()).isNotEqualTo(first.getKeys().get(0).getKeyID());
	}

	@Test
	void makesTheKeyFileReadableByItsOwnerOnly() throws IOException {
		assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
		JwkSetFile file = new JwkSetFile(this.tempDir.resolve("idp"));
		file.loadOrCreate();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file().getParent())))
			.isEqualTo("rwx------");
	}

	@Test
	void refusesToReplaceAFileThatIsNotAJwkSet() throws IOException {
		Path keyDir = Files.createDirectories(this.tempDir.resolve("idp"));
		Files.writeString(keyDir.resolve(JwkSetFile.FILE_NAME), "not json");

		assertThatIllegalStateException().isThrownBy(() -> new JwkSetFile(keyDir).loadOrCreate())
			.withMessageContaining("Not a JWK set");
		assertThat(keyDir.resolve(JwkSetFile.FILE_NAME)).hasContent("not json");
	}

	@Test
	void refusesAJwkSetWithoutAPrivateKey() throws IOException {
		Path keyDir = this.tempDir.resolve("idp");
		JWKSet generated = new JwkSetFile(keyDir).loadOrCreate();
		Files.writeString(keyDir.resolve(JwkSetFile.FILE_NAME), generated.toPublicJWKSet().toString());

		assertThatIllegalStateException().isThrownBy(() -> new JwkSetFile(keyDir).loadOrCreate())
			.withMessageContaining("No private signing key");
	}

}
