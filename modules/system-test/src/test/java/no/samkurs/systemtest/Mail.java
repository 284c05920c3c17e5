package no.samkurs.systemtest;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A received message as a mail client reads it: its headers, the content type of each alternative with its text
 * (decoded by its charset), and the calendar part, if there is one, parsed with ical4j.
 */
record Mail(MimeMessage message, String type, List<String> types, List<String> texts) {

    static Mail of(MimeMessage received) {
        try {
            List<String> types = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Multipart alternatives = (Multipart) received.getContent();
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart part = alternatives.getBodyPart(i);
                types.add(part.getContentType());
                try (InputStream in = part.getInputStream()) {
                    String charset = new ContentType(part.getContentType()).getParameter("charset");
                    texts.add(new String(in.readAllBytes(), charset == null ? "US-ASCII" : charset));
                }
            }
            return new Mail(received, received.getContentType(), types, texts);
        } catch (Exception e) {
            throw new AssertionError("The message cannot be read back", e);
        }
    }

    String header(String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : String.join("\n", values);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    String messageId() {
        return header("Message-ID");
    }

    String subject() {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The one recipient's address. */
    String to() {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to == null || to.length != 1 ? null : ((InternetAddress) to[0]).getAddress();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The message's type and each alternative's, without their parameters, in lower case. */
    String baseType() {
        return base(type);
    }

    List<String> baseTypes() {
        return types.stream().map(Mail::base).toList();
    }

    /** The calendar part's {@code method} parameter (REQUEST, CANCEL); null without one. */
    String calendarMethod() {
        return hasCalendar() ? parsed(types.get(2)).getParameter("method") : null;
    }

    private static String base(String type) {
        return parsed(type).getBaseType().toLowerCase(Locale.ROOT);
    }

    private static ContentType parsed(String type) {
        try {
            return new ContentType(type);
        } catch (Exception e) {
            throw new AssertionError("Not a content type: " + type, e);
        }
    }

    String plain() {
        return texts.get(0);
    }

    String html() {
        return texts.get(1);
    }

    boolean hasCalendar() {
        return types.size() > 2 && base(types.get(2)).equals("text/calendar");
    }

    Calendar calendar() {
        try {
            return new CalendarBuilder().build(new StringReader(texts.get(2)));
        } catch (Exception e) {
            throw new AssertionError("The calendar part does not parse:\n" + texts.get(2), e);
        }
    }

    List<VEvent> events() {
        return calendar().getComponents("VEVENT");
    }
}
