package health.falcon.kit.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body fails with {@link BodyTooLargeException} as soon as a reader asks
 * for more than the limit, whether it reads through {@link #getInputStream()} or
 * {@link #getReader()}. It remembers that it did, so that the filter can still answer 413
 * when a reader swallowed or wrapped the failure.
 */
class LimitedBodyRequest extends HttpServletRequestWrapper {

	private final long limit;

	private @Nullable LimitedInputStream stream;

	private @Nullable BufferedReader reader;

	LimitedBodyRequest(HttpServletRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new LimitedInputStream(super.getInputStream(), this.limit);
		}
		return this.stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (this.reader == null) {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			this.reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
		return this.reader;
	}

	boolean exceeded() {
		return this.stream != null && this.stream.exceeded;
	}

	long limit() {
		return this.limit;
	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		private boolean exceeded;

		LimitedInputStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			failIfExceeded();
			int next = this.delegate.read();
			if (next != -1) {
				counted(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			failIfExceeded();
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		private void failIfExceeded() throws BodyTooLargeException {
			// a reader that retries after the failure must not get the rest of the body
			if (this.exceeded) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		private void counted(int bytes) throws BodyTooLargeException {
			this.count += bytes;
			if (this.count > this.limit) {
				this.exceeded = true;
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

	}

}
