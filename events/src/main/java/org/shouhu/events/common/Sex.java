package org.shouhu.events.common;

public enum Sex {
    MALE,
    FEMALE
}
