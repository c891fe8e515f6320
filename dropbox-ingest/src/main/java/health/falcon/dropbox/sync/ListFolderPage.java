package health.falcon.dropbox.sync;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One page of {@code files/list_folder} or {@code files/list_folder/continue}.
 *
 * @param entries the entries as received ({@code .tag} {@code file}, {@code folder} or
 * {@code deleted})
 * @param cursor the cursor to continue from
 * @param hasMore whether another page follows at once
 * @param body the page as received, for the raw archive
 */
record ListFolderPage(List<JsonNode> entries, String cursor, boolean hasMore, String body) {

}
