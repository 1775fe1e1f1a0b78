package org.shouhu.command.web;

import org.shouhu.events.common.Area;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting and for which area, taken from the authenticated account, never from the request body. */
public record Actor(String id, String role, Area area) {

    private static final String ROLE_PREFIX = "ROLE_";

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("a write without an authenticated account");
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
        return new Actor(authentication.getName(), role, area);
    }
}
