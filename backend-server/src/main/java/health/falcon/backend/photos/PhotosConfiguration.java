package health.falcon.backend.photos;

import health.falcon.documents.photos.PhotosCollection;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The GridFS bucket of the photos and the servlet multipart limits, which follow
 * {@code falcon.photos.max-bytes} so that an upload over it is refused with 413 while it
 * arrives, before it is kept anywhere.
 */
@Configuration(proxyBeanMethods = false)
class PhotosConfiguration {

	/** Room for the form's other parts (caption, date) beside the file. */
	static final DataSize OTHER_PARTS = DataSize.ofKilobytes(64);

	@Bean
	GridFsTemplate photoFiles(MongoDatabaseFactory factory, MongoConverter converter) {
		return new GridFsTemplate(factory, converter, PhotosCollection.BUCKET);
	}

	@Bean
	MultipartConfigElement multipartConfigElement(PhotosProperties properties) {
		long file = properties.maxBytes().toBytes();
		return new MultipartConfigElement("", file, file + OTHER_PARTS.toBytes(), 0);
	}

}
