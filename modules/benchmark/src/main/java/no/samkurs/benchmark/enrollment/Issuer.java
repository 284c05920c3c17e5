package no.samkurs.benchmark.enrollment;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/** A throwaway token issuer: an RSA key pair, its public key as the PEM file the server reads, RS256 tokens. */
final class Issuer {

    static final String NAME = "https://idp.benk.samkurs.no";
    static final String AUDIENCE = "samkurs-api";

    private final RSAKey key;
    private final ThreadLocal<RSASSASigner> signer;

    Issuer() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID("benk-1").generate();
        RSAKey pair = key;
        signer = ThreadLocal.withInitial(() -> {
            try {
                return new RSASSASigner(pair);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    String publicKeyPem() throws JOSEException {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(key.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    String token(String email, Instant expires) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(NAME).audience(AUDIENCE).subject(email).claim("email", email)
                        .expirationTime(Date.from(expires)).build());
        try {
            jwt.sign(signer.get());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
