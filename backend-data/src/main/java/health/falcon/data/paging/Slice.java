package health.falcon.data.paging;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list and the cursor of the next page.
 *
 * @param items the items, in list order
 * @param nextCursor the opaque cursor of the next page, {@code null} at the end
 * @param <T> the item type
 */
public record Slice<T>(List<T> items, @Nullable String nextCursor) {

	/**
	 * Map the items, keeping the cursor.
	 * @param mapper how to map one item
	 * @param <R> the new item type
	 * @return a new slice
	 */
	public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
		return new Slice<>(this.items.stream().<R>map(mapper).toList(), this.nextCursor);
	}

}
