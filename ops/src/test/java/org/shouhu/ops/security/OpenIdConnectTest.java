package org.shouhu.ops.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.Children;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens of a configured OpenID Connect provider: the provider here is a key this test
 * generates and a JWK set it serves on loopback, so no network is involved.
 */
@SpringBootTest(classes = ShouhuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenIdConnectTest {

    private static final RSAKey PROVIDER_KEY = key("provider");
    private static final RSAKey FORGER_KEY = key("provider"); // same key id, different key
    private static final HttpServer JWKS = serve(new JWKSet(PROVIDER_KEY.toPublicJWK()).toString());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    static void stopProvider() {
        JWKS.stop(0);
    }

    private Api bearer(String token) {
        return new Api(port, null).anonymous().withHeader("Authorization", "Bearer " + token);
    }

    @Test
    void a_token_with_role_and_area_is_honoured_as_that_account() {
        String token = token(PROVIDER_KEY, "zhang.li", "DIRECTOR", "石洞镇/青龙村", Duration.ofMinutes(5));
        Api.Reply registered = bearer(token).post("/api/v1/children", Children.registration());
        assertThat(registered.status()).isEqualTo(201);
        String childId = registered.json().get("childId").asText();
        assertThat(bearer(token).get("/api/v1/children/" + childId + "/history?minPosition=" + registered.position())
                .json().get("items").get(0).get("actor").get("id").asText()).isEqualTo("zhang.li");

        String neighbour = token(PROVIDER_KEY, "wu.min", "DIRECTOR", "石洞镇/红星村", Duration.ofMinutes(5));
        assertThat(bearer(neighbour).get("/api/v1/children/" + childId).status()).as("area from the claim").isEqualTo(404);
        String dashboard = token(PROVIDER_KEY, "screen", "DASHBOARD", null, Duration.ofMinutes(5));
        assertThat(bearer(dashboard).get("/api/v1/roster").status()).as("role from the claim").isEqualTo(403);
    }

    @Test
    void an_expired_token_is_401() {
        String expired = token(PROVIDER_KEY, "zhang.li", "DIRECTOR", "石洞镇/青龙村", Duration.ofMinutes(-5));
        assertThat(bearer(expired).get("/api/v1/roster").status()).isEqualTo(401);
    }

    @Test
    void a_wrongly_signed_token_is_401() {
        String forged = token(FORGER_KEY, "zhang.li", "BUREAU", null, Duration.ofMinutes(5));
        assertThat(bearer(forged).get("/api/v1/roster").status()).isEqualTo(401);
    }

    @Test
    void a_token_without_a_role_or_with_an_area_unfit_for_it_is_401() {
        assertThat(bearer(token(PROVIDER_KEY, "zhang.li", null, "石洞镇/青龙村", Duration.ofMinutes(5)))
                .get("/api/v1/roster").status()).isEqualTo(401);
        assertThat(bearer(token(PROVIDER_KEY, "zhang.li", "DIRECTOR", null, Duration.ofMinutes(5)))
                .get("/api/v1/roster").status()).as("a director without a village").isEqualTo(401);
        assertThat(bearer(token(PROVIDER_KEY, "zhang.li", "KING", null, Duration.ofMinutes(5)))
                .get("/api/v1/roster").status()).isEqualTo(401);
    }

    @Test
    void local_accounts_still_sign_in_with_basic() {
        assertThat(new Api(port, "inspector").get("/api/v1/roster").status()).isEqualTo(200);
    }

    private static String token(RSAKey key, String user, String role, String area, Duration validFor) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject("sub-" + user).claim("preferred_username", user)
                    .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                    .expirationTime(Date.from(Instant.now().plus(validFor)));
            if (role != null) {
                claims.claim("shouhu_role", role);
            }
            if (area != null) {
                claims.claim("shouhu_area", area);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
