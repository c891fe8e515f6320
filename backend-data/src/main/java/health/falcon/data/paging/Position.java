package health.falcon.data.paging;

/**
 * Where a page ended: the stored sort value and the {@code _id} of its last item. The
 * next page holds the items strictly after it in the order (sort value, {@code _id}),
 * both descending.
 *
 * @param value the stored sort value ({@code Date} or {@code YYYY-MM-DD} string)
 * @param id the last item's {@code _id}
 */
public record Position(Object value, String id) {

}
