package org.shouhu.query.scope;

import org.shouhu.events.common.Area;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account reading: its name and role go in the access log, and children outside its
 * area are invisible to every read.
 */
public record Reader(String account, String role, Area area) {

    private static final String ROLE_PREFIX = "ROLE_";

    public static Reader current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("a read without an authenticated account");
        }
        String role = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .findFirst()
                .orElse("NONE");
        // no area authority: an account of the whole district
        Area area = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Area.fromAuthority(authority).stream())
                .findFirst()
                .orElse(Area.DISTRICT);
        return new Reader(authentication.getName(), role, area);
    }
}
