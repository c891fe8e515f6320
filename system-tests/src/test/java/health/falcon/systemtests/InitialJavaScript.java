package health.falcon.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JavaScript a browser must fetch before the first page can run: the entry chunk that
 * {@code index.html} loads, the chunks it names as module preloads, and every chunk those
 * import statically (dynamic {@code import()} of the pages is left out: a page's chunk
 * loads when it is opened), each with its size and its size gzipped at level 9.
 *
 * @param files the chunks, the entry first
 */
record InitialJavaScript(List<Chunk> files) {

	/**
	 * A static import in a bundled chunk: {@code import{a as b}from"./x.js"},
	 * {@code import"./x.js"} or {@code export*from"./x.js"}; never
	 * {@code import("./x.js")}.
	 */
	private static final Pattern STATIC_IMPORT = Pattern
		.compile("(?:^|[;}\\s])(?:import|export)\\s*(?:[\\w$*{}\\s,]+?from\\s*)?[\"'](\\.{1,2}/[^\"']+\\.js)[\"']");

	/**
	 * Read a built site.
	 * @param site the directory holding {@code index.html} (Vite's {@code outDir})
	 * @return the initial chunks
	 */
	static InitialJavaScript of(Path site) throws IOException {
		Document index = Jsoup.parse(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
		Deque<Path> pending = new ArrayDeque<>();
		for (Element script : index.select("script[type=module][src], link[rel=modulepreload][href]")) {
			String url = script.hasAttr("src") ? script.attr("src") : script.attr("href");
			pending.add(site.resolve(url.replaceFirst("^/", "")).normalize());
		}
		Set<Path> seen = new LinkedHashSet<>();
		while (!pending.isEmpty()) {
			Path chunk = pending.removeFirst();
			if (seen.add(chunk)) {
				Matcher imports = STATIC_IMPORT.matcher(Files.readString(chunk, StandardCharsets.UTF_8));
				while (imports.find()) {
					pending.add(chunk.resolveSibling(imports.group(1)).normalize());
				}
			}
		}
		List<Chunk> files = new ArrayList<>();
		for (Path chunk : seen) {
			byte[] bytes = Files.readAllBytes(chunk);
			files.add(new Chunk(site.relativize(chunk).toString(), bytes.length, gzipped(bytes)));
		}
		return new InitialJavaScript(files);
	}

	/** All chunks' bytes. */
	long bytes() {
		return this.files.stream().mapToLong(Chunk::bytes).sum();
	}

	/** All chunks' bytes, each gzipped on its own (as a server sends them). */
	long gzipBytes() {
		return this.files.stream().mapToLong(Chunk::gzipBytes).sum();
	}

	static long gzipped(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.size();
	}

	/**
	 * One chunk.
	 *
	 * @param name its path in the site, such as {@code assets/index-Bx1.js}
	 * @param bytes its size
	 * @param gzipBytes its size gzipped at level 9
	 */
	record Chunk(String name, long bytes, long gzipBytes) {
	}

}
