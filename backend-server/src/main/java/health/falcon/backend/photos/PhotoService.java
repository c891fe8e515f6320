package health.falcon.backend.photos;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.InputStreamSource;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import static health.falcon.documents.photos.PhotosCollection.CAPTION;
import static health.falcon.documents.photos.PhotosCollection.DATE;

/**
 * The signed-in user's photos: upload (checked and cleaned by {@link PhotoSanitizer}),
 * list, change, delete and the files. Every method takes the user id from the caller's
 * token; a photo of another user is answered exactly like one that does not exist.
 */
@Service
class PhotoService {

	private static final Logger logger = LoggerFactory.getLogger(PhotoService.class);

	private final PhotoStore store;

	private final PhotoSanitizer sanitizer;

	private final PhotosProperties properties;

	private final Clock clock;

	PhotoService(PhotoStore store, PhotoSanitizer sanitizer, PhotosProperties properties, Clock clock) {
		this.store = store;
		this.sanitizer = sanitizer;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Check, clean and store an upload.
	 * @param userId the owner
	 * @param file the uploaded file; its name and declared type are ignored
	 * @param caption the caption, {@code null} or empty for none
	 * @param date the date ({@code yyyy-MM-dd}), {@code null} or empty for none
	 * @return the stored photo
	 */
	Photo upload(String userId, MultipartFile file, @Nullable String caption, @Nullable String date) {
		String checkedCaption = PhotoFields.caption(caption);
		LocalDate checkedDate = PhotoFields.date(date);
		long maxBytes = this.properties.maxBytes().toBytes();
		if (file.getSize() > maxBytes) {
			throw new PhotoTooLargeException(maxBytes);
		}
		CleanImage image = this.sanitizer.sanitize(file);
		String id = UUID.randomUUID().toString();
		return store(userId, id, image, checkedCaption, checkedDate,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
	}

	/**
	 * Check, clean and store a photo read back from an export, under an id of the
	 * caller's choosing, unless the user has a photo with that id already.
	 * @param userId the owner
	 * @param id the photo id
	 * @param image the archived original
	 * @param caption the archived caption, {@code null} for none
	 * @param date the archived date ({@code yyyy-MM-dd}), {@code null} for none
	 * @param uploadedAt the archived upload instant, {@code null} for now
	 * @return whether the photo was stored ({@code false}: it was there already)
	 */
	boolean restore(String userId, String id, InputStreamSource image, @Nullable String caption, @Nullable String date,
			@Nullable Instant uploadedAt) {
		String checkedCaption = PhotoFields.caption(caption);
		LocalDate checkedDate = PhotoFields.date(date);
		if (this.store.find(userId, id).isPresent()) {
			return false;
		}
		CleanImage clean = this.sanitizer.sanitize(image);
		Instant uploaded = (uploadedAt != null) ? uploadedAt : this.clock.instant();
		store(userId, id, clean, checkedCaption, checkedDate, uploaded.truncatedTo(ChronoUnit.MILLIS));
		return true;
	}

	private Photo store(String userId, String id, CleanImage image, @Nullable String checkedCaption,
			@Nullable LocalDate checkedDate, Instant now) {
		ObjectId original = this.store.storeFile(userId, id + "." + image.format().extension(),
				image.format().contentType(), image.bytes());
		try {
			ObjectId thumbnail = this.store.storeFile(userId, id + "-thumbnail." + image.thumbnailFormat().extension(),
					image.thumbnailFormat().contentType(), image.thumbnail());
			Photo photo = new Photo(id, userId, checkedCaption, checkedDate, now, image.format().contentType(),
					image.bytes().length, image.width(), image.height(), original, thumbnail);
			insert(photo);
			logger.info("Stored a {} photo of {} bytes", image.format(), image.bytes().length);
			return photo;
		}
		catch (RuntimeException ex) {
			this.store.deleteFiles(userId, List.of(original));
			throw ex;
		}
	}

	private void insert(Photo photo) {
		try {
			this.store.insert(photo);
		}
		catch (RuntimeException ex) {
			this.store.deleteFiles(photo.userId(), List.of(photo.thumbnailFileId()));
			throw ex;
		}
	}

	/**
	 * One page of the user's photos, newest first.
	 * @param userId the owner
	 * @param cursor the previous page's cursor, {@code null} for the first page
	 * @param limit the page size as sent, {@code null} for 50
	 * @return the page
	 */
	PhotoList list(String userId, @Nullable String cursor, @Nullable String limit) {
		int size = PhotoFields.limit(limit);
		PhotoCursor after = PhotoCursor.decode(cursor, userId);
		List<Photo> fetched = this.store.page(userId, after, size + 1);
		if (fetched.size() <= size) {
			return new PhotoList(fetched, null);
		}
		List<Photo> items = fetched.subList(0, size);
		Photo last = items.get(size - 1);
		return new PhotoList(List.copyOf(items), new PhotoCursor(last.uploadedAt(), last.id()).encode(userId));
	}

	/**
	 * Change a photo's caption and date: a member that is sent is set (null clears it),
	 * one that is left out stays.
	 * @param userId the owner
	 * @param id the photo id
	 * @param changes the members sent
	 * @return the changed photo
	 */
	Photo update(String userId, String id, Map<String, @Nullable Object> changes) {
		Update update = new Update();
		changes.forEach((member, value) -> {
			switch (member) {
				case CAPTION -> update.set(CAPTION, PhotoFields.caption(text(member, value)));
				case DATE -> {
					LocalDate date = PhotoFields.date(text(member, value));
					update.set(DATE, (date != null) ? date.toString() : null);
				}
				default -> throw new InvalidPhotoFieldException(member, "cannot be changed; only caption and date can");
			}
		});
		if (update.getUpdateObject().isEmpty()) {
			return photo(userId, id);
		}
		return this.store.update(userId, id, update).orElseThrow(PhotoNotFoundException::new);
	}

	private static @Nullable String text(String member, @Nullable Object value) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw new InvalidPhotoFieldException(member, "must be a string or null");
	}

	Photo photo(String userId, String id) {
		return this.store.find(userId, id).orElseThrow(PhotoNotFoundException::new);
	}

	void delete(String userId, String id) {
		this.store.delete(photo(userId, id));
		logger.info("Deleted a photo");
	}

	PhotoFile image(String userId, String id) {
		Photo photo = photo(userId, id);
		return file(userId, photo.originalFileId(), "photo-" + id);
	}

	PhotoFile thumbnail(String userId, String id) {
		Photo photo = photo(userId, id);
		return file(userId, photo.thumbnailFileId(), "photo-" + id + "-thumbnail");
	}

	private PhotoFile file(String userId, ObjectId fileId, String name) {
		GridFsResource resource = this.store.file(userId, fileId).orElseThrow(PhotoNotFoundException::new);
		String contentType = resource.getContentType();
		String extension = contentType.substring(contentType.indexOf('/') + 1).replace("jpeg", "jpg");
		return new PhotoFile(resource, contentType, resource.getGridFSFile().getLength(), fileId.toHexString(),
				name + "." + extension);
	}

}
