package org.shouhu.ops.security;

/** The roles of DESIGN.md. Scoping by area comes with the access issue. */
public enum Role {
    DIRECTOR,
    SUPERVISOR,
    BUREAU,
    INSPECTOR,
    DASHBOARD
}
