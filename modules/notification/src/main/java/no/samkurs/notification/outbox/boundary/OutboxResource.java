package no.samkurs.notification.outbox.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.notification.outbox.control.MailConfig;
import no.samkurs.notification.outbox.control.Notices;
import no.samkurs.notification.outbox.control.Previews;
import no.samkurs.notification.outbox.entity.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/**
 * The outbox for administrators: what is waiting, sent and failed, each message as it is sent, and a failed one
 * tried again. Without a mail server set up (the run command's default) nothing is sent, and this is where the
 * messages are read.
 */
@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Utboks", description = "E-postene Samkurs sender, med status, innhold og nytt forsøk (administrator)")
public class OutboxResource {

    @Inject
    Notices notices;

    @Inject
    Previews previews;

    @Inject
    MailConfig mail;

    Clock clock = Clock.systemUTC();

    @GET
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Meldingene i utboksen, nyeste først, med antall per status",
            description = "status: pending, sent eller failed (uten: alle). page fra 1, size høyst "
                    + OutboxInput.MAX_SIZE + ". mail sier om en e-posttjener er satt opp; uten den blir meldingene "
                    + "liggende her og sendes ikke.")
    @APIResponse(responseCode = "200", description = "Én side av meldingene, counts per status og mail")
    @APIResponse(responseCode = "400", description = "Ukjent status (allowedValues), eller ugyldig page eller size")
    public OutboxListing list(@Parameter(description = "pending, sent eller failed")
                              @QueryParam("status") String status,
                              @QueryParam("page") @DefaultValue("1") int page,
                              @QueryParam("size") @DefaultValue("20") int size) {
        Status chosen = OutboxInput.status(status);
        OutboxInput.paging(page, size);
        Notices.Found found = notices.find(chosen, (int) Math.min(Integer.MAX_VALUE, (page - 1L) * size), size);
        return OutboxListing.of(found, chosen, page, size, MailView.of(mail.smtp()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Én melding: leveringen og innholdet slik det sendes",
            description = "Innholdet (emne, ren tekst, HTML og kalenderdelen når meldingen har en) lages av den "
                    + "samme koden som sender det, fra tilbudet og personen slik de er nå. Kan det ikke lages, sier "
                    + "content.problem hvorfor.")
    @APIResponse(responseCode = "200", description = "Meldingen")
    @APIResponse(responseCode = "404", description = "Fant ikke meldingen")
    public OutboxMessageView one(@PathParam("id") String id) {
        Notices.Row row = notices.byId(id).orElseThrow(() -> Notices.unknown(id));
        return OutboxMessageView.of(row, previews.of(row.notice()));
    }

    @POST
    @Path("{id}/retry")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Prøv en melding som har feilet, igjen",
            description = "Meldingen venter igjen og sendes ved neste runde, med like mange forsøk som en ny "
                    + "melding; den siste feilen står til neste utfall. Body (valgfri): {\"version\": 3} – "
                    + "versjonen du så; er meldingen endret siden, svarer tjenesten 409.")
    @APIResponse(responseCode = "200", description = "Meldingen, som nå venter")
    @APIResponse(responseCode = "404", description = "Fant ikke meldingen")
    @APIResponse(responseCode = "409", description = "Meldingen har ikke feilet (den venter eller er sendt), eller "
            + "er endret siden versjonen du sendte")
    public OutboxRow retry(@PathParam("id") String id, String body) {
        return OutboxRow.of(notices.retry(id, OutboxInput.version(body), clock.instant()));
    }
}
