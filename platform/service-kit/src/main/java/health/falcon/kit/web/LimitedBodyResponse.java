package health.falcon.kit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpStatus;

/**
 * The response of a {@link LimitedBodyRequest}. When the application starts writing a
 * body after its request body went over the limit, and not the 413 itself (a reader
 * swallowed the failure and answered anyway), the 413 problem is written instead and the
 * application's output is discarded.
 */
class LimitedBodyResponse extends HttpServletResponseWrapper {

	private final LimitedBodyRequest request;

	private final Rejection rejection;

	private boolean diverted;

	LimitedBodyResponse(HttpServletResponse response, LimitedBodyRequest request, Rejection rejection) {
		super(response);
		this.request = request;
		this.rejection = rejection;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		return divert() ? new DiscardingOutputStream() : super.getOutputStream();
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		return divert() ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
	}

	private boolean divert() throws IOException {
		if (!this.diverted && this.request.exceeded() && getStatus() != HttpStatus.CONTENT_TOO_LARGE.value()
				&& !isCommitted()) {
			this.diverted = true;
			resetBuffer();
			this.rejection.reject((HttpServletResponse) getResponse());
		}
		return this.diverted;
	}

	/**
	 * Writes the 413 problem to the unwrapped response.
	 */
	@FunctionalInterface
	interface Rejection {

		void reject(HttpServletResponse response) throws IOException;

	}

	private static final class DiscardingOutputStream extends ServletOutputStream {

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
		}

	}

}
