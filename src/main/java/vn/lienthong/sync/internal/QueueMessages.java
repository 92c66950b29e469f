package vn.lienthong.sync.internal;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.TextMessage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.lienthong.sync.QueuedDossier;
import vn.lienthong.sync.SendAgain;
import vn.lienthong.sync.SyncQueue;

/**
 * Reads a queue message as the dossier version {@link SyncQueue} put there. A message it cannot read (another body
 * type, missing properties, a body that is not UTF-8 text) becomes a failed-sync record: its dossier and version
 * when its properties name them (otherwise its message id), and its body's bytes, escaped so that any bytes fit a
 * text column.
 */
final class QueueMessages {

    private static final String UNIDENTIFIED = "#unreadable-";

    private QueueMessages() {
    }

    static QueuedDossier read(Message message) throws JMSException {
        if (!(message instanceof BytesMessage bytes)) {
            throw new MessageFormatException("a " + message.getClass().getSimpleName()
                    + ", not the bytes message the gateway sends");
        }
        String code = message.getStringProperty("code");
        if (code == null || code.isBlank() || !message.propertyExists("version")) {
            throw new MessageFormatException("no dossier code or version in its properties");
        }
        String cause = message.getStringProperty(SyncQueue.SENT_AGAIN);
        String resync = message.getStringProperty(SyncQueue.RESYNC);
        return new QueuedDossier(code, message.getLongProperty("version"), text(bytes.getBody(byte[].class)),
                message.getIntProperty("JMSXDeliveryCount"),
                cause != null ? SendAgain.Cause.of(cause) : resync != null ? SendAgain.Cause.RESYNC : null,
                cause != null ? message.getStringProperty(SyncQueue.MARK) : resync);
    }

    /** The body as text; bytes that are not UTF-8, or a NUL (no PostgreSQL text holds one), make it unreadable. */
    private static String text(byte[] body) throws MessageFormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
            if (text.indexOf('\0') < 0) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // reported below
        }
        throw new MessageFormatException("its body is not UTF-8 text");
    }

    static Rejection unreadable(Message message, Exception problem) throws JMSException {
        String detail = String.valueOf(problem.getMessage());
        return new Rejection(identity(message, escape(body(message))), Rejection.STAGE_READ,
                Rejection.UNREADABLE_MESSAGE, SyncReasons.MESSAGE_UNREADABLE.reason(
                        "message: the gateway could not read this queue message (" + detail + ")", detail), null);
    }

    /** The dossier and version its properties name, or its message id when they name none. */
    private static QueuedDossier identity(Message message, String raw) throws JMSException {
        try {
            String code = message.getStringProperty("code");
            if (code != null && !code.isBlank() && message.propertyExists("version")) {
                return new QueuedDossier(code, message.getLongProperty("version"), raw, 1);
            }
        } catch (MessageFormatException | RuntimeException e) {
            // properties of another type: the message id identifies it
        }
        String id = message.getJMSMessageID(); // null when its producer turned message ids off: then its bytes
        return new QueuedDossier(UNIDENTIFIED + (id != null ? id : Integer.toHexString(raw.hashCode())), 0, raw, 1);
    }

    /** Only bytes and text are read: another body (a serialized Java object above all) is never deserialized. */
    private static byte[] body(Message message) throws JMSException {
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.reset();
            bytes.readBytes(body);
            return body;
        }
        if (message instanceof TextMessage text && text.getText() != null) {
            return text.getText().getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }

    /**
     * UTF-8 text as it is; bytes that are not UTF-8, control characters (a NUL does not fit a PostgreSQL text)
     * and the backslash itself written as {@code \xNN} and {@code \\}.
     */
    static String escape(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        StringBuilder text = new StringBuilder(bytes.length);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            appendEscaped(text, out.flip());
            out.clear();
            if (!result.isError()) {
                return text.toString();
            }
            for (int i = 0; i < result.length(); i++) {
                text.append(String.format("\\x%02X", in.get()));
            }
        }
    }

    private static void appendEscaped(StringBuilder text, CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == '\\') {
                text.append("\\\\");
            } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
                text.append(String.format("\\x%02X", (int) c));
            } else {
                text.append(c);
            }
        }
    }
}
