package no.samkurs.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bearer token rules, with keys made here: only an RS256 token from our issuer, for us, in time, naming someone. */
class TokenVerifierTest {

    private static final String ISSUER = "https://idp.example.no";
    private static final String AUDIENCE = "samkurs";

    private static RSAKey issuerKey;
    private static RSAKey otherKey;
    private static TokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        issuerKey = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        verifier = new TokenVerifier(ISSUER, AUDIENCE, TokenVerifier.pem(pem(issuerKey)));
    }

    @Test
    void aGoodTokenNamesThePersonByNormalisedEmailAndSaysUntilWhen() throws Exception {
        Instant exp = Instant.now().plusSeconds(600);
        TokenVerifier.Verified verified = verifier.verify(signed(issuerKey, c -> c.expirationTime(Date.from(exp))
                .claim("email", " Deltaker@Samkurs.no ")));
        assertEquals("deltaker@samkurs.no", verified.email());
        assertEquals(exp.getEpochSecond(), verified.expires().getEpochSecond());
    }

    @Test
    void anAudienceListThatNamesUsIsEnough() throws Exception {
        assertEquals("deltaker@samkurs.no", verifier.verify(signed(issuerKey,
                c -> c.audience(java.util.List.of("andre", AUDIENCE)))).email());
    }

    @Test
    void anotherIssuerIsRefused() {
        assertRefused(signed(issuerKey, c -> c.issuer("https://evil.example")), "iss");
    }

    @Test
    void anotherAudienceIsRefused() {
        assertRefused(signed(issuerKey, c -> c.audience("noe-annet")), "aud");
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheClockSkew() {
        assertRefused(signed(issuerKey, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(120)))), "Expired");
    }

    @Test
    void aTokenJustExpiredIsAcceptedWithinTheClockSkew() throws Exception {
        assertEquals("deltaker@samkurs.no", verifier.verify(signed(issuerKey,
                c -> c.expirationTime(Date.from(Instant.now().minusSeconds(20))))).email());
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertRefused(signed(issuerKey, c -> c.expirationTime(null)), "exp");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertRefused(signed(otherKey, c -> c), "Signed JWT rejected");
    }

    @Test
    void anHmacTokenIsRefusedEvenWhenKeyedWithThePublicKey() throws Exception {
        byte[] publicKey = issuerKey.toPublicKey().getEncoded();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(c -> c).build());
        hmac.sign(new MACSigner(publicKey));
        assertRefused(hmac.serialize(), "Signed JWT rejected");
    }

    @Test
    void aTokenSignedByTheIssuersKeyWithAnotherRsaAlgorithmIsRefused() throws Exception {
        SignedJWT ps256 = new SignedJWT(new JWSHeader(JWSAlgorithm.PS256), claims(c -> c).build());
        ps256.sign(new RSASSASigner(issuerKey));
        assertRefused(ps256.serialize(), "Signed JWT rejected");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRefused(new PlainJWT(claims(c -> c).build()).serialize(), "Unsecured");
    }

    @Test
    void aTokenWithoutEmailIsRefused() {
        assertRefused(signed(issuerKey, c -> c.claim("email", null)), "email");
        assertRefused(signed(issuerKey, c -> c.claim("email", " ")), "email");
    }

    @Test
    void garbageIsRefused() {
        assertRefused("not.a.token", "");
        assertRefused("", "");
    }

    @Test
    void aPemFileWithoutAPublicKeyIsAnError() {
        assertThrows(GeneralSecurityException.class, () -> TokenVerifier.pem("-----BEGIN CERTIFICATE-----\nAAAA"));
        assertThrows(GeneralSecurityException.class,
                () -> TokenVerifier.pem("-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----\n"));
    }

    private static void assertRefused(String token, String reasonMentions) {
        TokenVerifier.Refused refused = assertThrows(TokenVerifier.Refused.class, () -> verifier.verify(token));
        assertTrue(refused.getMessage().contains(reasonMentions), refused.getMessage());
        assertTrue(token.isEmpty() || !refused.getMessage().contains(token), "the reason never holds the token");
    }

    static String pem(RSAKey key) throws JOSEException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toPublicKey().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    private static JWTClaimsSet.Builder claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("abc-123")
                .claim("email", "deltaker@samkurs.no").expirationTime(Date.from(Instant.now().plusSeconds(300))));
    }

    private static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims(change).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
