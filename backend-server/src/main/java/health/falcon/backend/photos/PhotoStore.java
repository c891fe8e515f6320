package health.falcon.backend.photos;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import health.falcon.documents.photos.PhotosCollection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import static health.falcon.documents.photos.PhotosCollection.COLLECTION;
import static health.falcon.documents.photos.PhotosCollection.ID;
import static health.falcon.documents.photos.PhotosCollection.METADATA_USER_ID;
import static health.falcon.documents.photos.PhotosCollection.UPLOADED_AT;
import static health.falcon.documents.photos.PhotosCollection.USER_ID;

/**
 * The photos of the {@code photos} collection and their files in the GridFS bucket
 * {@code photo_files}. Every method takes the owner and selects by it, so a photo or a
 * file of another user is never found, changed or removed.
 */
@Component
class PhotoStore {

	private final MongoTemplate mongo;

	private final GridFsTemplate files;

	PhotoStore(MongoTemplate mongo, GridFsTemplate photoFiles) {
		this.mongo = mongo;
		this.files = photoFiles;
		PhotosCollection.indexes().forEach(this.mongo.indexOps(COLLECTION)::createIndex);
		PhotosCollection.fileIndexes().forEach(this.mongo.indexOps(PhotosCollection.BUCKET + ".files")::createIndex);
	}

	/**
	 * Store one file of a photo. Its name is made here, never taken from the client.
	 * @param userId the owner, kept as {@code metadata.userId}
	 * @param name the file name
	 * @param contentType the file's type
	 * @param bytes the content
	 * @return the file's id
	 */
	ObjectId storeFile(String userId, String name, String contentType, byte[] bytes) {
		return this.files.store(new ByteArrayInputStream(bytes), name, contentType, new Document("userId", userId));
	}

	void insert(Photo photo) {
		this.mongo.insert(photo.toDocument(), COLLECTION);
	}

	Optional<Photo> find(String userId, String id) {
		return Optional.ofNullable(this.mongo.findOne(owned(userId, id), Document.class, COLLECTION)).map(Photo::of);
	}

	/**
	 * A page of the user's photos, newest first by ({@code uploadedAt}, {@code _id}).
	 * @param userId the owner
	 * @param after where the previous page ended, {@code null} for the first page
	 * @param count how many to fetch at most
	 * @return the photos after the position
	 */
	List<Photo> page(String userId, @Nullable PhotoCursor after, int count) {
		Criteria criteria = Criteria.where(USER_ID).is(userId);
		if (after != null) {
			criteria = new Criteria().andOperator(criteria,
					new Criteria().orOperator(Criteria.where(UPLOADED_AT).lt(after.uploadedAt()),
							Criteria.where(UPLOADED_AT).is(after.uploadedAt()).and(ID).lt(after.id())));
		}
		Query query = Query.query(criteria)
			.with(Sort.by(Direction.DESC, UPLOADED_AT).and(Sort.by(Direction.DESC, ID)))
			.limit(count);
		return this.mongo.find(query, Document.class, COLLECTION).stream().map(Photo::of).toList();
	}

	Optional<Photo> update(String userId, String id, Update update) {
		Document updated = this.mongo.findAndModify(owned(userId, id), update,
				FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
		return Optional.ofNullable(updated).map(Photo::of);
	}

	/**
	 * Remove a photo's document and both its files.
	 * @param photo a photo of the user
	 */
	void delete(Photo photo) {
		this.files.delete(Query.query(Criteria.where(ID)
			.in(photo.originalFileId(), photo.thumbnailFileId())
			.and(METADATA_USER_ID)
			.is(photo.userId())));
		this.mongo.remove(owned(photo.userId(), photo.id()), COLLECTION);
	}

	/**
	 * Remove files that belong to no stored photo (an upload that failed half-way).
	 * @param userId the owner
	 * @param fileIds the files
	 */
	void deleteFiles(String userId, List<ObjectId> fileIds) {
		this.files.delete(Query.query(Criteria.where(ID).in(fileIds).and(METADATA_USER_ID).is(userId)));
	}

	Optional<GridFsResource> file(String userId, ObjectId fileId) {
		GridFSFile file = this.files
			.findOne(Query.query(Criteria.where(ID).is(fileId).and(METADATA_USER_ID).is(userId)));
		return Optional.ofNullable(file).map(this.files::getResource);
	}

	/**
	 * Remove all of a user's photos and files.
	 * @param userId the user
	 * @return documents removed from {@code photos} and files from {@code photo_files}
	 */
	Map<String, Long> erase(String userId) {
		Query files = Query.query(Criteria.where(METADATA_USER_ID).is(userId));
		List<GridFSFile> found = this.files.find(files).into(new ArrayList<>());
		this.files.delete(files);
		long photos = this.mongo.remove(Query.query(Criteria.where(USER_ID).is(userId)), COLLECTION).getDeletedCount();
		Map<String, Long> removed = new LinkedHashMap<>();
		removed.put(COLLECTION, photos);
		removed.put(PhotosCollection.BUCKET, (long) found.size());
		return removed;
	}

	private static Query owned(String userId, String id) {
		return Query.query(Criteria.where(ID).is(id).and(USER_ID).is(userId));
	}

}
