package org.shouhu.query.duplicates;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How alike two names are, from 0 to 1, as a clerk mistypes Chinese names: the same character
 * counts 1, a homophone (the same pinyin without tones, any reading of a polyphonic character:
 * 小 and 晓 are both xiao) counts {@link #SOUND}, anything else 0, averaged over the longer
 * name's characters. So 王小明 and 王晓明 score 0.97, 王小明 and 李小明 0.67.
 */
public final class NameSimilarity {

    /** What a character that sounds the same but is written differently counts for. */
    static final double SOUND = 0.9;

    private static final HanyuPinyinOutputFormat TONELESS = new HanyuPinyinOutputFormat();
    /** The readings of each character met so far: looking them up is the costly part of a comparison. */
    private static final Map<Character, Set<String>> SOUNDS = new ConcurrentHashMap<>();

    static {
        TONELESS.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        TONELESS.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        TONELESS.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private NameSimilarity() {
    }

    public static double of(String first, String second) {
        String a = normalize(first);
        String b = normalize(second);
        int length = Math.max(a.length(), b.length());
        if (length == 0) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double[][] cost = new double[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                double substitution = cost[i - 1][j - 1] + (1 - alike(a.charAt(i - 1), b.charAt(j - 1)));
                cost[i][j] = Math.min(substitution, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        return 1 - cost[a.length()][b.length()] / length;
    }

    private static double alike(char a, char b) {
        if (a == b) {
            return 1;
        }
        Set<String> soundsOfA = sounds(a);
        return !soundsOfA.isEmpty() && sounds(b).stream().anyMatch(soundsOfA::contains) ? SOUND : 0;
    }

    private static Set<String> sounds(char c) {
        return SOUNDS.computeIfAbsent(c, NameSimilarity::readings);
    }

    private static Set<String> readings(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, TONELESS);
            return readings == null ? Set.of() : Set.of(java.util.Arrays.stream(readings).distinct()
                    .toArray(String[]::new));
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException("a toneless lower-case format is always valid", impossible);
        }
    }

    private static String normalize(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s·•.]", "")
                .toLowerCase(Locale.ROOT);
    }
}
