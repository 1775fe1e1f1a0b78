package org.shouhu.ops.demo;

import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.Sex;

import java.util.List;

/**
 * Made-up but plausible names and telephone numbers: common Sichuan surnames, children's given
 * names of the 2000s and 2010s, grandparents' and parents' names of their generations.
 */
final class DemoNames {

    static final PersonName WELFARE_HOME = new PersonName("安居区儿童福利院");
    static final PhoneNumber WELFARE_HOME_PHONE = new PhoneNumber("0825-8661201");

    private static final List<String> SURNAMES = chars(
            "张王李刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯邓许曾彭蒋蔡袁杜魏叶余潘廖邹熊谭蒲文游雷龚严蒙伍冉");
    private static final List<String> BOYS = chars("子浩宇轩俊杰涛鑫博睿泽梓豪鹏晨阳凯航文明辰逸然天嘉锦铭宸皓烨");
    private static final List<String> GIRLS = chars("欣怡雨婷悦琪雪佳思梦涵萱瑶诗语可馨彤妍若依晴婉静月露菲蕊楠岚");
    private static final List<String> GRANDFATHERS = List.of("国华", "建国", "德明", "长富", "志强", "正华", "明德",
            "光荣", "文富", "德贵", "永福", "树林", "世明", "德军", "家富", "开明", "福生", "绍清");
    private static final List<String> GRANDMOTHERS = List.of("秀英", "桂兰", "玉珍", "淑芬", "翠华", "素芳", "桂芳",
            "秀兰", "玉兰", "凤英", "德芳", "明芬", "春华", "淑华", "秀珍", "兴碧", "素琼", "光秀");
    private static final List<String> MEN = List.of("伟", "强", "勇", "军", "磊", "斌", "涛", "波", "刚", "鹏", "建华",
            "海军", "小兵", "红军", "建平", "志勇", "德胜", "晓东");
    private static final List<String> WOMEN = List.of("丽", "娟", "敏", "静", "燕", "艳", "芳", "霞", "琴", "梅",
            "红梅", "晓燕", "小红", "丽萍", "春燕", "海燕", "丽华", "素琴");
    private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "135", "136", "137", "150", "151",
            "152", "158", "159", "182", "187", "188", "133", "153", "180", "189", "130", "131", "132", "155", "156",
            "185", "186", "177", "199");

    private final DemoDice dice;

    DemoNames(DemoDice dice) {
        this.dice = dice;
    }

    String surname() {
        return one(SURNAMES);
    }

    PersonName child(String surname, Sex sex) {
        List<String> pool = sex == Sex.MALE ? BOYS : GIRLS;
        String given = dice.chance(20) ? one(pool) : one(pool) + one(pool);
        return new PersonName(surname + given);
    }

    /** A grandfather ({@code male}) or grandmother; {@code surname} null for a random one. */
    PersonName grandparent(String surname, boolean male) {
        return new PersonName(orRandom(surname) + one(male ? GRANDFATHERS : GRANDMOTHERS));
    }

    /** A man or woman of the parents' generation; {@code surname} null for a random one. */
    PersonName adult(String surname, boolean male) {
        return new PersonName(orRandom(surname) + one(male ? MEN : WOMEN));
    }

    PhoneNumber mobile() {
        return new PhoneNumber(one(MOBILE_PREFIXES) + String.format("%08d", dice.below(100_000_000)));
    }

    private String orRandom(String surname) {
        return surname != null ? surname : surname();
    }

    private String one(List<String> pool) {
        return dice.one(pool);
    }

    private static List<String> chars(String characters) {
        return characters.codePoints().mapToObj(Character::toString).toList();
    }
}
