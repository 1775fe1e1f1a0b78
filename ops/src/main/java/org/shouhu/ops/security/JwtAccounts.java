package org.shouhu.ops.security;

import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Turns a verified Bearer token into an account: role and area from the configured claims,
 * checked like those of local accounts. A token without a valid role or with an area that
 * does not fit the role is refused (401): it names no one Shouhu may serve.
 */
@Component
public class JwtAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtProperties properties;

    public JwtAccounts(JwtProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.hasClaim(properties.usernameClaim())
                ? jwt.getClaimAsString(properties.usernameClaim()) : jwt.getSubject();
        String roleName = jwt.getClaimAsString(properties.roleClaim());
        if (username == null || roleName == null) {
            throw new InvalidBearerTokenException("the token names no account or no role");
        }
        AccountRole role;
        Area area;
        try {
            role = AccountRole.valueOf(roleName.strip().toUpperCase(Locale.ROOT));
            area = AccountAreas.checked(username, role, jwt.getClaimAsString(properties.areaClaim()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidBearerTokenException("the token's role or area is not one Shouhu knows");
        }
        return new JwtAuthenticationToken(jwt,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()), new SimpleGrantedAuthority(area.asAuthority())), username);
    }
}
