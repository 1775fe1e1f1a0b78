package org.shouhu.ops.security;

import org.shouhu.events.common.Area;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An account's area travels as one authority, {@code AREA:<area>}, next to its role, so that
 * the command and query sides read it from the authentication without knowing where accounts
 * come from (configuration now, the account register or an OpenID provider later).
 */
public final class Scopes {

    public static final String AREA_PREFIX = "AREA:";

    private Scopes() {
    }

    public static SimpleGrantedAuthority authority(Area area) {
        return new SimpleGrantedAuthority(AREA_PREFIX + area);
    }
}
