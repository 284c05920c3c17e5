package no.samkurs.notification.message.control;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A message as a mail client gets it: its bytes read back into headers and parts, the parts' content types and
 * texts, and the calendar part parsed with ical4j.
 */
public record Parts(MimeMessage message, String raw, List<String> types, List<String> texts) {

    public static Parts of(MimeMessage sent) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            sent.writeTo(bytes);
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(bytes.toByteArray()));
            List<String> types = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Multipart multipart = (Multipart) read.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                types.add(part.getContentType());
                try (InputStream in = part.getInputStream()) {
                    String charset = new ContentType(part.getContentType()).getParameter("charset");
                    texts.add(new String(in.readAllBytes(), charset == null ? "US-ASCII" : charset));
                }
            }
            return new Parts(read, bytes.toString(StandardCharsets.US_ASCII), types, texts);
        } catch (Exception e) {
            throw new AssertionError("Could not read the message back", e);
        }
    }

    public String type() {
        try {
            return message.getContentType();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public String header(String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : String.join("\n", values);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public String plain() {
        return texts.get(0);
    }

    public String html() {
        return texts.get(1);
    }

    public boolean hasCalendar() {
        return types.size() == 3;
    }

    public String calendarText() {
        return texts.get(2);
    }

    public Calendar calendar() {
        try {
            return new CalendarBuilder().build(new StringReader(calendarText()));
        } catch (Exception e) {
            throw new AssertionError("Could not read the calendar part back:\n" + calendarText(), e);
        }
    }

    public List<VEvent> events() {
        return calendar().getComponents(Component.VEVENT);
    }

    public static String value(PropertyContainer component, String property) {
        return component.getProperty(property).map(p -> p.getValue()).orElse(null);
    }
}
