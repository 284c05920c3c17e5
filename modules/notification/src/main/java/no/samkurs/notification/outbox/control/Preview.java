package no.samkurs.notification.outbox.control;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A message as the sender would send it now, read back from the MIME message the composer made: subject, sender and
 * recipient as the headers say, and the text of each alternative (plain text, HTML, the calendar part when there is
 * one). When the message cannot be made (its recipient or offering gone, an address that is none), only why.
 */
public record Preview(String subject, String from, String to, String plain, String html, String calendar,
                      String problem) {

    public static Preview unwritable(String problem) {
        return new Preview(null, null, null, null, null, null, problem);
    }

    public static Preview of(MimeMessage message) throws MessagingException, IOException {
        String plain = null;
        String html = null;
        String calendar = null;
        Object content = message.getContent();
        if (content instanceof Multipart alternatives) {
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart part = alternatives.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    plain = text(part);
                } else if (part.isMimeType("text/html")) {
                    html = text(part);
                } else if (part.isMimeType("text/calendar")) {
                    calendar = text(part);
                }
            }
        } else if (message.isMimeType("text/plain")) {
            plain = text(message);
        }
        return new Preview(message.getSubject(), address(message.getFrom()),
                address(message.getRecipients(Message.RecipientType.TO)), plain, html, calendar, null);
    }

    public boolean written() {
        return problem == null;
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String address(jakarta.mail.Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return null;
        }
        return addresses[0] instanceof InternetAddress internet ? internet.toUnicodeString() : addresses[0].toString();
    }
}
