package health.falcon.documents;

import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The mapping a {@code MongoTemplate} applies to the read records, without a database:
 * Spring Boot's defaults minus the {@code _class} hint, which readers never write.
 */
public final class DocumentConverter {

	private final MappingMongoConverter converter;

	public DocumentConverter() {
		MongoCustomConversions conversions = new MongoCustomConversions(List.of());
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		context.afterPropertiesSet();
		this.converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
		this.converter.setCustomConversions(conversions);
		this.converter.setTypeMapper(new DefaultMongoTypeMapper(null));
		this.converter.afterPropertiesSet();
	}

	public Document write(Object record) {
		Document document = new Document();
		this.converter.write(record, document);
		return document;
	}

	public <T> T read(Class<T> type, Document document) {
		return this.converter.read(type, document);
	}

}
