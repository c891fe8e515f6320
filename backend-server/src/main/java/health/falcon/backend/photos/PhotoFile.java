package health.falcon.backend.photos;

import org.springframework.core.io.Resource;

/**
 * An image or thumbnail to send: its content (read when the response is written), type,
 * length, entity tag and the file name to offer.
 *
 * @param content the stored bytes
 * @param contentType the stored type
 * @param length the length in bytes
 * @param etag a strong entity tag: the GridFS file id, whose content never changes
 * @param name the file name, made by the server from the photo id
 */
record PhotoFile(Resource content, String contentType, long length, String etag, String name) {

}
