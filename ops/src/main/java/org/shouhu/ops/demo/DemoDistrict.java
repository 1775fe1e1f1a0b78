package org.shouhu.ops.demo;

import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.common.WorkerId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The places of the synthetic district: six townships named after Anju's, each with its seat
 * community (社区, where urban subsistence-allowance children live) and six made-up villages;
 * 42 places in all, each with its own child director ({@code director-1} … {@code director-42})
 * and its own size, so that some places have more children than others.
 */
final class DemoDistrict {

    /** A village or community, the township it belongs to, and the child director responsible for it. */
    record Place(Township township, Village village, WorkerId director, boolean community, int weight) {
    }

    private static final Map<String, List<String>> VILLAGES = villages();

    private final List<Place> places;

    private DemoDistrict(List<Place> places) {
        this.places = List.copyOf(places);
    }

    static DemoDistrict anju() {
        List<Place> places = new ArrayList<>();
        VILLAGES.forEach((township, villages) -> {
            places.add(place(places.size(), township, township.substring(0, township.length() - 1) + "社区", true));
            villages.forEach(village -> places.add(place(places.size(), township, village, false)));
        });
        return new DemoDistrict(places);
    }

    private static Place place(int index, String township, String village, boolean community) {
        // fixed sizes, so the district is the same whatever the seed: a township's seat community is
        // among its largest places, its villages range from 3 to 9
        int weight = community ? 8 : 3 + (index * 5) % 7;
        return new Place(new Township(township), new Village(village), new WorkerId("director-" + (index + 1)),
                community, weight);
    }

    List<Place> places() {
        return places;
    }

    List<Township> townships() {
        return places.stream().map(Place::township).distinct().toList();
    }

    /** A community, where urban subsistence-allowance children live, weighted by size. */
    Place community(DemoDice dice) {
        return pick(dice, Place::community);
    }

    /** A village (not a community), where rural children live, weighted by size. */
    Place village(DemoDice dice) {
        return pick(dice, place -> !place.community());
    }

    /** Any place, weighted by size. */
    Place anywhere(DemoDice dice) {
        return pick(dice, place -> true);
    }

    private Place pick(DemoDice dice, Predicate<Place> eligible) {
        List<Place> candidates = places.stream().filter(eligible).toList();
        int total = candidates.stream().mapToInt(Place::weight).sum();
        int ticket = dice.below(total);
        for (Place candidate : candidates) {
            ticket -= candidate.weight();
            if (ticket < 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static Map<String, List<String>> villages() {
        Map<String, List<String>> villages = new LinkedHashMap<>();
        villages.put("石洞镇", List.of("青龙村", "红星村", "石桥村", "白鹤村", "桂花村", "龙泉村"));
        villages.put("拦江镇", List.of("新华村", "金竹村", "团结村", "光明村", "五星村", "黄桷村"));
        villages.put("保石镇", List.of("大兴村", "永胜村", "双河村", "高峰村", "柏林村", "长岭村"));
        villages.put("白马镇", List.of("梨园村", "花果村", "万寿村", "观音村", "凤凰村", "清水村"));
        villages.put("常理镇", List.of("松林村", "天池村", "骑龙村", "荷花村", "玉泉村", "宝峰村"));
        villages.put("东禅镇", List.of("向阳村", "和平村", "明月村", "狮子村", "杨柳村", "太平村"));
        return villages;
    }
}
