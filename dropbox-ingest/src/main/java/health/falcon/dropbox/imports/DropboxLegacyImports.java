package health.falcon.dropbox.imports;

import java.util.Objects;

import com.mongodb.client.model.Filters;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.ImportedFiles;
import health.falcon.ingest.imports.LegacyImports;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Component;

/**
 * The {@code imported_files} records dropbox-ingest wrote before the kit's import
 * pipeline (uploads and synced Dropbox files, without {@code provider}), converted in
 * place on start-up by the kit: {@code provider} becomes {@code dropbox}, {@code file}
 * becomes {@code fileName}, an upload without {@code origin} gets {@code UPLOAD}, and a
 * finished import gets {@code finishedAt} (its last update). Statuses, errors
 * ({@code {line, reason}}), counts, the Dropbox fields and the hand-off classification
 * keep their names and values.
 */
@Component
class DropboxLegacyImports implements LegacyImports {

	@Override
	public String collection() {
		return ImportedFiles.COLLECTION;
	}

	@Override
	public Bson filter() {
		return Filters.exists("provider", false);
	}

	@Override
	public Document convert(Document legacy) {
		Document converted = new Document(legacy);
		converted.put("provider", DropboxImportReader.PROVIDER);
		converted.put("origin", Objects.requireNonNullElse(legacy.getString("origin"), ImportOrigin.UPLOAD.name()));
		Object file = converted.remove("file");
		converted.put("fileName", Objects.requireNonNullElse(file, "upload"));
		String status = legacy.getString("status");
		if (status != null && ImportStatus.valueOf(status).finished() && !converted.containsKey("finishedAt")) {
			converted.put("finishedAt", legacy.get("updatedAt"));
		}
		return converted;
	}

}
