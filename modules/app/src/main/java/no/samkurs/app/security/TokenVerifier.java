package no.samkurs.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import no.samkurs.directory.people.entity.Person;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Checks a bearer token (a JSON Web Token) against one issuer: signed with RS256 by the issuer's key (never
 * unsigned, never HMAC, so a public key can never be misused as a shared secret), {@code iss} the issuer,
 * {@code aud} naming us, {@code exp} not passed (a minute's skew allowed), and an {@code email} claim naming the
 * person. Nothing here knows the directory; {@link BearerTokens} asks it who the person is.
 */
final class TokenVerifier {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** A token found good: whom it names, and until when. */
    record Verified(String email, Instant expires) {
    }

    /** Why a token was refused, fit for the security log: it never holds the token. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    TokenVerifier(String issuer, String audience, JWSKeySelector<SecurityContext> keys) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(keys);
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("iss", "aud", "exp", "email"));
        claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    Verified verify(String token) throws Refused {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String email = claims.getStringClaim("email");
            if (email == null || email.isBlank()) {
                throw new Refused("the email claim is empty");
            }
            return new Verified(Person.normalised(email), claims.getExpirationTime().toInstant());
        } catch (ParseException e) {
            throw new Refused("not a JSON Web Token, or a claim of the wrong type");
        } catch (BadJOSEException e) {
            throw new Refused(e.getMessage());
        } catch (JOSEException e) {
            throw new Refused("the signature could not be checked: " + e.getMessage());
        }
    }

    /**
     * The issuer's keys from the setting: an http(s) address of its JWKS, fetched when first needed and cached
     * (Nimbus refreshes it when a token names a key it has not seen), or the path of a PEM file with one RSA
     * public key.
     */
    static JWSKeySelector<SecurityContext> keysAt(String publicKey) throws IOException, GeneralSecurityException {
        String where = publicKey.trim();
        if (where.startsWith("https://") || where.startsWith("http://")) {
            try {
                return new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                        JWKSourceBuilder.<SecurityContext>create(URI.create(where).toURL()).retrying(true).build());
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IOException("Not a JWKS address: " + where, e);
            }
        }
        return pem(Files.readString(Path.of(where), StandardCharsets.US_ASCII));
    }

    /**
     * One RSA public key in PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). It is the key
     * whatever {@code kid} a token names: the file has no key id to match. The key object is made once, not per
     * token (converting it was a measurable share of each request in the enrollment burst).
     */
    static JWSKeySelector<SecurityContext> pem(String pem) throws GeneralSecurityException {
        int begin = pem.indexOf("-----BEGIN PUBLIC KEY-----");
        int end = pem.indexOf("-----END PUBLIC KEY-----");
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException("Expected a PEM \"-----BEGIN PUBLIC KEY-----\" block");
        }
        String body = pem.substring(begin + "-----BEGIN PUBLIC KEY-----".length(), end).replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("The PEM block is not Base64", e);
        }
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        List<RSAPublicKey> only = List.of(key);
        return (header, context) -> JWSAlgorithm.RS256.equals(header.getAlgorithm()) ? only : List.of();
    }
}
