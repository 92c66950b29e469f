package vn.lienthong.audit.internal;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request whose first bytes of body can be read before the handler runs, so the audit row can hold them: at most
 * {@code limit + 1} bytes are kept in memory, and the handler then reads them followed by the rest of the stream.
 */
final class BodyPeekingRequest extends HttpServletRequestWrapper {

    /** The first bytes of the body, and whether more followed. */
    record Peek(byte[] bytes, boolean more) {
    }

    private byte[] readAhead;
    private ServletInputStream stream;

    BodyPeekingRequest(HttpServletRequest request) {
        super(request);
    }

    /** Call before the handler reads the body (null if something read it already). */
    Peek peek(int limit) throws IOException {
        if (stream != null) {
            return null;
        }
        if (readAhead == null) {
            readAhead = super.getInputStream().readNBytes(limit + 1);
        }
        boolean more = readAhead.length > limit;
        return new Peek(more ? Arrays.copyOf(readAhead, limit) : readAhead, more);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = readAhead == null ? super.getInputStream() : new Replay(readAhead, super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (readAhead == null) {
            return super.getReader();
        }
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** The bytes read ahead, then the rest of the request's own stream. */
    private static final class Replay extends ServletInputStream {

        private final ByteArrayInputStream head;
        private final ServletInputStream rest;

        Replay(byte[] head, ServletInputStream rest) {
            this.head = new ByteArrayInputStream(head);
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            int b = head.read();
            return b >= 0 ? b : rest.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return head.available() > 0 ? head.read(buffer, offset, length) : rest.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return head.available() == 0 && rest.isFinished();
        }

        @Override
        public boolean isReady() {
            return head.available() > 0 || rest.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            rest.setReadListener(listener);
        }
    }
}
