package org.shouhu.events.common;

import java.util.Objects;

/**
 * The part of the district an account answers for: the whole district, one township, or one
 * village of a township. Written {@code 石洞镇/青龙村}, {@code 石洞镇} or {@code district}.
 *
 * @param township null for the whole district
 * @param village  null for a whole township (or the district)
 */
public record Area(String township, String village) {

    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    public static Area fromJson(String text) {
        return parse(text);
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String asText() {
        return toString();
    }

    public static final Area DISTRICT = new Area(null, null);
    /** How an account's area travels among its granted authorities: {@code AREA:石洞镇/青龙村}. */
    public static final String AUTHORITY_PREFIX = "AREA:";
    private static final String DISTRICT_NAME = "district";
    private static final String SEPARATOR = "/";

    public Area {
        if (township == null && village != null) {
            throw new InvalidValueException("area.format", "a village area names its township");
        }
    }

    public static Area parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals(DISTRICT_NAME)) {
            return DISTRICT;
        }
        String[] parts = text.strip().split(SEPARATOR, -1);
        if (parts.length > 2 || parts[0].isBlank() || (parts.length == 2 && parts[1].isBlank())) {
            throw new InvalidValueException("area.format", "area must be 'district', a township, or township/village");
        }
        return new Area(new Township(parts[0]).value(), parts.length == 2 ? new Village(parts[1]).value() : null);
    }

    public String asAuthority() {
        return AUTHORITY_PREFIX + this;
    }

    /** The area an authority string carries, if it is an area authority. */
    public static java.util.Optional<Area> fromAuthority(String authority) {
        return authority != null && authority.startsWith(AUTHORITY_PREFIX)
                ? java.util.Optional.of(parse(authority.substring(AUTHORITY_PREFIX.length())))
                : java.util.Optional.empty();
    }

    public boolean isDistrict() {
        return township == null;
    }

    public boolean isVillage() {
        return village != null;
    }

    /** Whether a child living in this township and village is inside the area. */
    public boolean covers(String childTownship, String childVillage) {
        return isDistrict() || (Objects.equals(township, childTownship)
                && (village == null || Objects.equals(village, childVillage)));
    }

    @Override
    public String toString() {
        return isDistrict() ? DISTRICT_NAME : village == null ? township : township + SEPARATOR + village;
    }
}
