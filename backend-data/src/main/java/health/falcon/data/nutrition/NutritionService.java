package health.falcon.data.nutrition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import health.falcon.data.api.NutritionDay;
import health.falcon.data.api.NutritionDayDetail;
import health.falcon.data.api.NutritionDayPage;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListPages;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Slice;
import health.falcon.data.precedence.NutritionChannel;
import health.falcon.data.precedence.PrecedenceProperties;
import org.bson.Document;

import org.springframework.stereotype.Service;

/**
 * Reads the user's nutrition days and answers them as the contract's records.
 */
@Service
class NutritionService {

	private final NutritionRepository repository;

	private final List<NutritionChannel> precedence;

	NutritionService(NutritionRepository repository, PrecedenceProperties precedence) {
		this.repository = repository;
		this.precedence = precedence.nutrition();
	}

	/**
	 * Return a page of the user's days, newest first.
	 * @param userId the owner (the token's subject)
	 * @param query the validated parameters
	 * @return the page, never {@code null}
	 * @throws InvalidParameterException for a cursor this list did not hand out to this
	 * user
	 */
	NutritionDayPage days(String userId, ListQuery query) {
		Slice<NutritionDay> page = ListPages.page(NutritionRepository.KEYSET, userId, query, this.repository::find,
				(stored) -> NutritionDocuments.day(stored, this.precedence));
		return new NutritionDayPage(page.items(), page.nextCursor());
	}

	/**
	 * Return one of the user's days with both channels.
	 * @param date the local date as the path gives it
	 * @throws InvalidParameterException when the date is not {@code YYYY-MM-DD}
	 * @throws ItemNotFoundException when the user has nothing stored for the date
	 */
	NutritionDayDetail day(String userId, String date) {
		Document stored = this.repository.findOne(userId, parse(date));
		if (stored == null) {
			throw new ItemNotFoundException("nutrition day");
		}
		return NutritionDocuments.detail(stored);
	}

	private static LocalDate parse(String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeException ex) {
			throw new InvalidParameterException("date", "must be a date YYYY-MM-DD");
		}
	}

}
