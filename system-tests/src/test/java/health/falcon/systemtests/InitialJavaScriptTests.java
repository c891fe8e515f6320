package health.falcon.systemtests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InitialJavaScriptTests {

	@TempDir
	Path site;

	@Test
	void countsTheEntryItsPreloadsAndTheirStaticImportsButNoLazyPage() throws Exception {
		write("index.html", """
				<!doctype html><html><head>
				<script type="module" crossorigin src="/assets/index-A1.js"></script>
				<link rel="modulepreload" crossorigin href="/assets/vendor-B2.js">
				<link rel="stylesheet" href="/assets/index-C3.css">
				</head><body><div id="root"></div></body></html>
				""");
		write("assets/index-A1.js", "import{j as e}from\"./vendor-B2.js\";import\"./polyfill-D4.js\";"
				+ "const p=()=>import(\"./HeartPage-E5.js\");export{p};");
		write("assets/vendor-B2.js", "export*from\"./react-F6.js\";const v=1;export{v as j};");
		write("assets/polyfill-D4.js", "window.x=1;");
		write("assets/react-F6.js", "export const r=2;");
		write("assets/HeartPage-E5.js", "import{j}from\"./vendor-B2.js\";export const h=j;");

		InitialJavaScript initial = InitialJavaScript.of(this.site);

		assertThat(initial.files()).extracting(InitialJavaScript.Chunk::name)
			.containsExactly("assets/index-A1.js", "assets/vendor-B2.js", "assets/polyfill-D4.js",
					"assets/react-F6.js");
		assertThat(initial.bytes()).isEqualTo(Files.size(this.site.resolve("assets/index-A1.js"))
				+ Files.size(this.site.resolve("assets/vendor-B2.js"))
				+ Files.size(this.site.resolve("assets/polyfill-D4.js"))
				+ Files.size(this.site.resolve("assets/react-F6.js")));
		assertThat(initial.gzipBytes()).isPositive();
	}

	@Test
	void gzipsRepetitiveTextToAFractionOfItsSize() {
		byte[] text = "const value = 'falcon';\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

		assertThat(InitialJavaScript.gzipped(text)).isLessThan(text.length / 20);
	}

	private void write(String name, String content) throws Exception {
		Path file = this.site.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
