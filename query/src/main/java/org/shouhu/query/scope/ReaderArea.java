package org.shouhu.query.scope;

import org.shouhu.events.common.Area;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The area of the account reading: children outside it are invisible to every read. */
public final class ReaderArea {

    private ReaderArea() {
    }

    public static Area current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("a read without an authenticated account");
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Area.fromAuthority(authority).stream())
                .findFirst()
                .orElse(Area.DISTRICT);
    }
}
