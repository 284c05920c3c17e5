package no.samkurs.notification.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import no.samkurs.notification.message.control.Composer;
import no.samkurs.notification.message.control.Letter;
import no.samkurs.notification.message.control.Letters;
import no.samkurs.notification.outbox.entity.Notice;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * What a notice says, made as the sender makes it (the same {@link Letters} and {@link Composer}, the same settings),
 * so that what an administrator reads is what is, or would be, sent. Made from the directory and the catalog as they
 * are now: for a message sent long ago, what it would say today.
 */
@ApplicationScoped
public class Previews {

    @Inject
    MailConfig config;

    @Inject
    Letters letters;

    Clock clock = Clock.systemUTC();

    public Preview of(Notice notice) {
        MailSettings smtp = config.smtp();
        Letters.Reading reading = letters.read(List.of(notice), new Letter.Party(smtp.from(), smtp.fromName()),
                config.site());
        Letter letter = reading.letters().get(notice.id());
        if (letter == null) {
            return Preview.unwritable(reading.unreadable().get(notice.id()));
        }
        try {
            return Preview.of(Composer.compose(letter, smtp.session(), clock.instant()));
        } catch (MessagingException | IOException | RuntimeException e) {
            return Preview.unwritable("Cannot be composed: " + Sender.reason(e));
        }
    }
}
