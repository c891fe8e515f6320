package health.falcon.bluegreen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The version for {@code --version}, from the build-info the build writes.
 */
final class BuildVersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BuildVersionProvider.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		return new String[] { "bluegreen " + properties.getProperty("build.version", "(development build)") };
	}

}
