package health.falcon.documents.photos;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.index.Index;

import static org.assertj.core.api.Assertions.assertThat;

class PhotosCollectionTests {

	@Test
	void namesTheStoredMembersAsIssue13Fixes() {
		assertThat(PhotosCollection.COLLECTION).isEqualTo("photos");
		assertThat(PhotosCollection.BUCKET).isEqualTo("photo_files");
		assertThat(PhotosCollection.METADATA_USER_ID).isEqualTo("metadata.userId");
		assertThat(PhotosCollection.ORIGINAL_FILE_ID).isEqualTo("originalFileId");
		assertThat(PhotosCollection.THUMBNAIL_FILE_ID).isEqualTo("thumbnailFileId");
	}

	@Test
	void listsAUsersPhotosNewestFirstByIndex() {
		assertIndex(PhotosCollection.userUploaded(), "user_uploaded",
				new Document("userId", 1).append("uploadedAt", -1).append("_id", -1));
		assertThat(PhotosCollection.indexes()).hasSize(1);
	}

	@Test
	void findsAUsersFilesByIndex() {
		assertIndex(PhotosCollection.fileOwner(), "user", new Document("metadata.userId", 1));
		assertThat(PhotosCollection.fileIndexes()).hasSize(1);
		assertThat(PhotosCollection.fileOwner()).isNotSameAs(PhotosCollection.fileOwner());
	}

	private static void assertIndex(Index index, String name, Document keys) {
		assertThat(index.getIndexKeys()).isEqualTo(keys);
		assertThat(index.getIndexOptions().getString("name")).isEqualTo(name);
		assertThat(index.getIndexOptions().getBoolean("unique", false)).isFalse();
	}

}
