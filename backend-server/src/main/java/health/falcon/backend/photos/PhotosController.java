package health.falcon.backend.photos;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.falcon.kit.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signed-in user's photos ({@code /api/media}): upload, list, the image and its
 * thumbnail, change caption and date, delete. Images are served with their stored type, a
 * strong entity tag, {@code Cache-Control: private, no-cache} (revalidated every time, so
 * a deleted photo is gone at once), {@code nosniff} and {@code inline}.
 */
@RestController
@RequestMapping("/api/media")
class PhotosController {

	private static final CacheControl CACHE_CONTROL = CacheControl.noCache().cachePrivate();

	private final PhotoService photos;

	PhotosController(PhotoService photos) {
		this.photos = photos;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<PhotoJson> upload(CurrentUser user, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String caption,
			@RequestParam(required = false) @Nullable String date) {
		Photo photo = this.photos.upload(user.id(), file, caption, date);
		return ResponseEntity.created(URI.create("/api/media/" + photo.id())).body(PhotoJson.of(photo));
	}

	@GetMapping
	PageJson list(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String limit) {
		PhotoList page = this.photos.list(user.id(), cursor, limit);
		return new PageJson(page.items().stream().map(PhotoJson::of).toList(), page.nextCursor());
	}

	@GetMapping("/{id}")
	ResponseEntity<Resource> image(CurrentUser user, @PathVariable String id) {
		return serve(this.photos.image(user.id(), id));
	}

	@GetMapping("/{id}/thumbnail")
	ResponseEntity<Resource> thumbnail(CurrentUser user, @PathVariable String id) {
		return serve(this.photos.thumbnail(user.id(), id));
	}

	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	PhotoJson update(CurrentUser user, @PathVariable String id, @RequestBody Map<String, @Nullable Object> changes) {
		return PhotoJson.of(this.photos.update(user.id(), id, changes));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable String id) {
		this.photos.delete(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<Resource> serve(PhotoFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.length())
			.eTag(file.etag())
			.cacheControl(CACHE_CONTROL)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.name()).build().toString())
			.body(file.content());
	}

	record PhotoJson(String id, @Nullable String caption, @Nullable LocalDate date, Instant uploadedAt,
			String contentType, long size, int width, int height) {

		static PhotoJson of(Photo photo) {
			return new PhotoJson(photo.id(), photo.caption(), photo.date(), photo.uploadedAt(), photo.contentType(),
					photo.size(), photo.width(), photo.height());
		}

	}

	record PageJson(List<PhotoJson> items, @Nullable String nextCursor) {

	}

}
