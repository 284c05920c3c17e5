package no.samkurs.notification.message.control;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.feed.entity.EventContent;
import no.samkurs.notification.outbox.entity.Kind;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A letter as a MIME message: multipart/alternative of text/plain and text/html (UTF-8) and, when the letter has a
 * calendar method, {@code text/calendar; method=...; charset=UTF-8} as the last alternative. The Message-ID is the
 * notice's. Fails (permanently for this letter) when the recipient's address is not one.
 */
public final class Composer {

    private static final String UTF_8 = "UTF-8";

    private Composer() {
    }

    public static MimeMessage compose(Letter letter, Session session, Instant now) throws MessagingException {
        Texts texts = Texts.in(letter.language());
        MimeMessage message = new KeptIdMessage(session, letter.messageId());
        InternetAddress to = address(letter.to());
        to.validate();
        message.setFrom(address(letter.from()));
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(HeaderText.clean(texts.get("subject." + letter.kind().name(), letter.topic())),
                UTF_8);
        message.setSentDate(Date.from(now));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", texts.locale().toLanguageTag());
        List<Line> lines = lines(letter, texts);
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(plain(letter, texts, lines), UTF_8, "plain");
        alternatives.addBodyPart(plain);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(letter, texts, lines), UTF_8, "html");
        alternatives.addBodyPart(html);
        if (letter.method().isPresent()) {
            MimeBodyPart calendar = new MimeBodyPart();
            String type = "text/calendar; method=" + letter.method().get() + "; charset=UTF-8";
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    Invitation.text(letter, texts).getBytes(StandardCharsets.UTF_8), type)));
            calendar.setHeader("Content-Type", type);
            alternatives.addBodyPart(calendar);
        }
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(Letter.Party party) throws MessagingException {
        try {
            return new InternetAddress(party.address(), HeaderText.clean(party.name()), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("Every Java runtime has UTF-8", e);
        }
    }

    /** One labelled fact of the body: a time, the place, the organiser, a link. */
    private record Line(String label, String text, String link) {
    }

    /**
     * The body's facts: the times and place (a reminder's one session), the organiser, the join links for a seat,
     * then what the kind tells besides, and the page to read more.
     */
    private static List<Line> lines(Letter letter, Texts texts) {
        List<Line> lines = new ArrayList<>();
        Letter.Told told = letter.told();
        if (told instanceof Letter.Meeting meeting) {
            lines.add(new Line(texts.get("when"), texts.when(meeting.startsAt(), meeting.endsAt()), null));
        } else if (letter.kind().showsTimes()) {
            for (String time : times(letter, texts)) {
                lines.add(new Line(texts.get("when"), time, null));
            }
        }
        if ((told instanceof Letter.Meeting || letter.kind().showsTimes()) && letter.offering().place() != null) {
            lines.add(new Line(texts.get("where"), letter.offering().place(), null));
        }
        if (letter.offering() != null) {
            lines.add(new Line(texts.get("organiser"), letter.offering().lead(), null));
        }
        joinLinks(letter).forEach(link -> lines.add(new Line(texts.get("join"), link, link)));
        told(letter, texts, lines);
        String more = told instanceof Letter.Digest ? "overlaps" : "more";
        lines.add(new Line(texts.get(more), letter.page(), letter.page()));
        if (letter.kind() == Kind.REMINDER) {
            String mine = letter.site() + "/min-side";
            lines.add(new Line(texts.get("reminders"), mine, mine));
        }
        return lines;
    }

    /** The join links a seated recipient has: a reminder's session's, or those of the events invited to. */
    private static Set<String> joinLinks(Letter letter) {
        Set<String> links = new LinkedHashSet<>();
        if (letter.told() instanceof Letter.Meeting meeting) {
            if (meeting.joinLink() != null) {
                links.add(meeting.joinLink());
            }
        } else if (letter.kind().invites()) {
            letter.invited().forEach(e -> {
                String link = letter.joinLinks().get(e.uid());
                if (link != null) {
                    links.add(link);
                }
            });
        }
        return links;
    }

    private static void told(Letter letter, Texts texts, List<Line> lines) {
        Letter.Told told = letter.told();
        if (told instanceof Letter.Cancellation cancellation && cancellation.reason() != null) {
            lines.add(new Line(texts.get("reason"), cancellation.reason(), null));
        } else if (told instanceof Letter.Recordings recordings) {
            recordings.links().forEach(r -> lines.add(new Line(r.title() == null || r.title().isBlank()
                    ? texts.get("recording") : texts.get("recording") + " (" + r.title().strip() + ")",
                    r.address(), r.address())));
        } else if (told instanceof Letter.CoHosting coHosting) {
            lines.add(new Line(texts.get("answer"), coHosting.page(), coHosting.page()));
        } else if (told instanceof Letter.Digest digest) {
            digest.pairs().forEach(p -> lines.add(new Line(texts.get("overlap"),
                    texts.get("pair", p.first(), p.firstLead(), p.second(), p.secondLead()), null)));
        }
    }

    /** Each session, and each meeting of a series, that is not cancelled, in order. */
    private static List<String> times(Letter letter, Texts texts) {
        List<Instant[]> spans = new ArrayList<>();
        for (CalendarEvent event : letter.events()) {
            if (event.cancelled()) {
                continue;
            }
            EventContent content = event.content();
            if (content.isSeries()) {
                content.recurring().meetings().stream().filter(m -> !m.cancelled())
                        .forEach(m -> spans.add(new Instant[] {m.startsAt(), m.endsAt()}));
            } else {
                spans.add(new Instant[] {event.startsAt(), event.endsAt()});
            }
        }
        return spans.stream().sorted(Comparator.comparing(s -> s[0])).map(s -> texts.when(s[0], s[1])).toList();
    }

    /** {0} the topic, {1} the place in line, {2} the invited organisation, {3} the offering's lead. */
    private static String opening(Letter letter, Texts texts) {
        String invited = letter.told() instanceof Letter.CoHosting coHosting ? coHosting.organisation() : "";
        String lead = letter.offering() == null ? "" : letter.offering().lead();
        return texts.get("lead." + letter.kind().name(), letter.topic(), letter.position(), invited, lead);
    }

    private static String plain(Letter letter, Texts texts, List<Line> lines) {
        StringBuilder text = new StringBuilder();
        text.append(texts.get("greeting", letter.to().name())).append("\n\n");
        text.append(opening(letter, texts)).append('\n');
        letter.method().ifPresent(m -> text.append(texts.get("calendar." + m)).append('\n'));
        text.append('\n');
        for (Line line : lines) {
            text.append(line.label()).append(": ").append(line.text()).append('\n');
        }
        return text.append("\n-- \n").append(texts.get("footer")).append('\n').toString();
    }

    private static String html(Letter letter, Texts texts, List<Line> lines) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.locale().toLanguageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(texts.get("subject." + letter.kind().name(), letter.topic())))
                .append("</title>\n</head>\n<body style=\"font-family: sans-serif; line-height: 1.5\">\n");
        html.append("<p>").append(Html.escape(texts.get("greeting", letter.to().name()))).append("</p>\n");
        html.append("<p>").append(Html.escape(opening(letter, texts)));
        letter.method().ifPresent(m -> html.append("<br>\n").append(Html.escape(texts.get("calendar." + m))));
        html.append("</p>\n<dl>\n");
        for (Line line : lines) {
            html.append("<dt><strong>").append(Html.escape(line.label())).append("</strong></dt>\n<dd>")
                    .append(line.link() == null ? Html.escape(line.text()) : Html.link(line.link(), line.text()))
                    .append("</dd>\n");
        }
        html.append("</dl>\n<p style=\"color: #555\">").append(Html.escape(texts.get("footer")))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }
}
