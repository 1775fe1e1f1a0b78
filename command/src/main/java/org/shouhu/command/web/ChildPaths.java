package org.shouhu.command.web;

import java.net.URI;

/** Where the written things of a child are read back. */
public final class ChildPaths {

    public static final String CHILDREN = "/api/v1/children";

    private ChildPaths() {
    }

    public static URI child(String childId) {
        return URI.create(CHILDREN + "/" + childId);
    }
}
