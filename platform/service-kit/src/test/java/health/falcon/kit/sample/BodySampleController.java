package health.falcon.kit.sample;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Endpoints of the sample application that read request bodies in each way a service
 * does: Jackson, a byte array, the raw stream and a multipart upload.
 */
@RestController
@RequestMapping("/sample")
class BodySampleController {

	private final SampleService service;

	BodySampleController(SampleService service) {
		this.service = service;
	}

	@PostMapping("/notes")
	String note(@RequestBody Note note) {
		return this.service.echo(note.text());
	}

	@PostMapping("/uploads/bytes")
	String bytes(@RequestBody byte[] body) {
		return this.service.echo("bytes:" + body.length);
	}

	@PostMapping("/raw")
	String raw(InputStream body) throws IOException {
		return this.service.echo("raw:" + body.readAllBytes().length);
	}

	@PostMapping("/swallowed")
	String swallowed(InputStream body) {
		try {
			return this.service.echo("raw:" + body.readAllBytes().length);
		}
		catch (IOException ex) {
			// a careless reader that answers as if nothing had happened
			return "swallowed";
		}
	}

	@PostMapping("/files")
	String file(@RequestParam MultipartFile file) {
		return this.service.echo("file:" + file.getSize());
	}

	record Note(String text) {
	}

}
