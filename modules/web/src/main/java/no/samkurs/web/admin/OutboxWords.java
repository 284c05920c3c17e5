package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.notification.outbox.control.Notices;
import no.samkurs.notification.outbox.entity.Kind;
import no.samkurs.notification.outbox.entity.Status;
import no.samkurs.web.layout.Bundles;
import no.samkurs.web.layout.Language;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outbox in the reader's language: what a message tells (its kind), where its delivery stands, and the words
 * the page's address uses for each status ({@code ?status=feilet}).
 */
@Named("outboxWords")
@RequestScoped
public class OutboxWords {

    /** The address's word for each status, and back. */
    static final Map<Status, String> ADDRESS = Map.of(Status.PENDING, "venter", Status.SENT, "sendt",
            Status.FAILED, "feilet");
    static final Map<String, Status> BY_ADDRESS = Arrays.stream(Status.values())
            .collect(Collectors.toMap(ADDRESS::get, Function.identity()));

    @Inject
    Language language;

    private ResourceBundle bundle;

    static Optional<Status> fromAddress(String word) {
        return Optional.ofNullable(word == null ? null : BY_ADDRESS.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    /** The kind in words; a kind the bundle does not know yet by its code rather than not at all. */
    public String kind(Kind kind) {
        return words(bundle(), kind);
    }

    static String words(ResourceBundle bundle, Kind kind) {
        String key = "outbox.kind." + kind.name();
        return bundle.containsKey(key) ? bundle.getString(key) : kind.name().toLowerCase(Locale.ROOT);
    }

    public String status(Status status) {
        return bundle().getString("outbox.status." + status.name());
    }

    /** A message's name in a list or a heading: "Bekreftelse til Kari Nordmann". */
    public String title(Notices.Row row) {
        String to = row.recipient() == null ? bundle().getString("outbox.unknownRecipient") : row.recipient().name();
        return new MessageFormat(bundle().getString("outbox.messageTitle"), language.getLocale())
                .format(new Object[] {kind(row.notice().kind()), to});
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = Bundles.of(AdminTexts.BUNDLE, language.getLocale());
        }
        return bundle;
    }
}
