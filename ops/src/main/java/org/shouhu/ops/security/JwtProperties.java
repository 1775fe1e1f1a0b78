package org.shouhu.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Shouhu finds role and area in a Bearer token from the configured OpenID Connect
 * provider (enabled by {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 * {@code jwk-set-uri}).
 *
 * @param roleClaim     the claim holding one of the roles
 * @param areaClaim     the claim holding the area (township/village, township, or absent)
 * @param usernameClaim the claim recorded as {@code actorId} on events
 */
@ConfigurationProperties(prefix = "shouhu.security.jwt")
public record JwtProperties(@DefaultValue("shouhu_role") String roleClaim,
                            @DefaultValue("shouhu_area") String areaClaim,
                            @DefaultValue("preferred_username") String usernameClaim) {
}
