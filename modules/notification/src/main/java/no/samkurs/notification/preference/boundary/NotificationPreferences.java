package no.samkurs.notification.preference.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The choices as the API shows and takes them. */
public record NotificationPreferences(
        @Schema(description = "Påminnelse før hver økt du er påmeldt (standard: på)", required = true)
        Boolean reminders) {
}
