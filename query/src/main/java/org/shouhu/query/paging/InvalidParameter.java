package org.shouhu.query.paging;

/** A query parameter of a read (filter, cursor, limit, asOf) that is not one the read understands. */
public class InvalidParameter extends RuntimeException {

    private final String parameter;
    private final String rule;

    public InvalidParameter(String parameter, String rule, String message) {
        super(message);
        this.parameter = parameter;
        this.rule = rule;
    }

    public String parameter() {
        return parameter;
    }

    public String rule() {
        return rule;
    }
}
