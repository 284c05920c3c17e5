package no.samkurs.app.security;

import no.samkurs.platform.security.Forwarded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.security.RoleCheck;
import no.samkurs.platform.security.SignInRefusal;

import javax.security.auth.callback.Callback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * One authentication mechanism for the whole application:
 * <ul>
 *     <li>a browser signs in on the login page, which asks through {@code SecurityContext.authenticate} with the
 *     e-mail and password; the person then carries a session;</li>
 *     <li>a script sends HTTP Basic on each request (no session is created for it), or a bearer token from the
 *     configured issuer ({@link BearerTokens});</li>
 *     <li>everyone else is anonymous, and the REST resources decide what the anonymous may see.</li>
 * </ul>
 * Every password check passes {@link SignInGuard} first; a refusal is left on the request
 * ({@link SignInRefusal}) for {@link RefusedSignIns} and the login page to answer. It runs before any filter, on
 * every request, so it also puts on the {@link SecurityHeaders}.
 */
@ApplicationScoped
public class WebAuthentication implements HttpAuthenticationMechanism {

    static final String BEARER_CHALLENGE = "Bearer realm=\"Samkurs\", error=\"invalid_token\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInGuard guard;

    @Inject
    BearerTokens tokens;

    @Inject
    SecurityHeaders headers;

    @Inject
    Forwarded forwarded;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        headers.addTo(request, response);
        // First: someone already signed in may sign in anew, as another person.
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(credential, request, context);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            return resume(signedIn, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).trim(), request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus resume(Principal signedIn, HttpMessageContext context) {
        try {
            context.getHandler().handle(new Callback[]{
                    new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | javax.security.auth.callback.UnsupportedCallbackException e) {
            throw new IllegalStateException("Cannot resume the signed-in session", e);
        }
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, context, RoleCheck.CHALLENGE,
                    "Feil format på HTTP Basic-innloggingen.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, context, RoleCheck.CHALLENGE,
                    "Feil format på HTTP Basic-innloggingen.");
        }
        String email = Person.normalised(decoded.substring(0, colon));
        String password = decoded.substring(colon + 1);
        Optional<CredentialValidationResult> remembered = guard.remembered(email, password);
        if (remembered.isPresent()) {
            return context.notifyContainerAboutLogin(remembered.get());
        }
        Optional<CredentialValidationResult> result = checked(email, password, request, "basic");
        if (result.isEmpty()) {
            return context.doNothing();
        }
        if (result.get().getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(request, response, context, RoleCheck.CHALLENGE,
                    "Feil e-postadresse eller passord.");
        }
        return context.notifyContainerAboutLogin(result.get());
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        BearerTokens.Result result = tokens.signIn(token, forwarded.clientAddress(request));
        if (result.caller() == null) {
            return unauthorized(request, response, context, BEARER_CHALLENGE, result.refusal());
        }
        return context.notifyContainerAboutLogin(result.caller());
    }

    /**
     * Checks a password unless the guard refuses first; a refusal is left on the request for
     * {@link RefusedSignIns} to answer, and the result is empty.
     */
    private Optional<CredentialValidationResult> checked(String email, String password, HttpServletRequest request,
                                                         String how) {
        String address = forwarded.clientAddress(request);
        Optional<SignInRefusal> refusal = guard.refusal(email, address);
        Optional<CredentialValidationResult> result = refusal.isPresent() ? Optional.empty()
                : guard.check(() -> identityStores.validate(new UsernamePasswordCredential(email, password)));
        if (result.isEmpty()) {
            SignInRefusal why = refusal.orElse(new SignInRefusal(Duration.ofSeconds(2), true));
            guard.refused(email, address, how, why);
            request.setAttribute(SignInRefusal.ATTRIBUTE, why);
            return Optional.empty();
        }
        if (result.get().getStatus() == CredentialValidationResult.Status.VALID) {
            guard.succeeded(email, password, address, result.get(), how);
        } else {
            guard.failed(email, address, how);
        }
        return result;
    }

    /**
     * The login page's sign-in: on success a session is registered, so that the next requests resume it. A wrong
     * password fails without touching the response (the page says so); a refusal is left on the request.
     */
    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpMessageContext context) {
        String email = credential.getCaller() == null ? "" : Person.normalised(credential.getCaller());
        String password = credential.getPasswordAsString();
        if (email.isEmpty() || password == null || password.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<CredentialValidationResult> checked = checked(email, password, request, "form");
        if (checked.isEmpty()) {
            return context.doNothing();
        }
        CredentialValidationResult result = checked.get();
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id on login, so that an id planted before login is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, String challenge,
                                                     String detail) {
        Locale language = CallerLanguage.of(request);
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", challenge);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of(401).detail(detail).toJson(language).toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
