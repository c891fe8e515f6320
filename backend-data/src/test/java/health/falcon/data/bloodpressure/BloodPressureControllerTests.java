package health.falcon.data.bloodpressure;

import java.util.List;

import health.falcon.data.api.BloodPressurePage;
import health.falcon.data.paging.AbstractListControllerTests;
import health.falcon.data.paging.ListQuery;
import org.jspecify.annotations.Nullable;
import org.mockito.BDDMockito.BDDMyOngoingStubbing;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.BDDMockito.given;

/**
 * {@link BloodPressureController} in a web slice: the parameters it binds, every 400 and
 * 404 and the 401 without a token.
 */
@WebMvcTest(BloodPressureController.class)
class BloodPressureControllerTests extends AbstractListControllerTests {

	@MockitoBean
	private BloodPressureService service;

	@Override
	protected String path() {
		return "/blood-pressure/readings";
	}

	@Override
	protected Object service() {
		return this.service;
	}

	@Override
	protected BDDMyOngoingStubbing<?> whenListed(ListQuery query) {
		return given(this.service.readings(USER, query));
	}

	@Override
	protected Object emptyPage(@Nullable String nextCursor) {
		return new BloodPressurePage(List.of(), nextCursor);
	}

}
