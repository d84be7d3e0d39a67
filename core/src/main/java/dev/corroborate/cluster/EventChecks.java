package dev.corroborate.cluster;

/**
 * Story-level checks that keep two events of one kind (two earthquakes, two boxers' title defences) apart
 * when their vocabulary is nearly the same: what tells them apart is who and where, the distinctive names.
 *
 * @param clashFactor  a join whose article and story each have a key name the other never mentions has its
 *                     similarity multiplied by this (1 turns the check off, 0 refuses such joins)
 * @param splitMinGroup a story is divided when its members form two groups of at least this many articles
 *                     with disjoint distinctive names; 0 turns splitting off
 * @param splitShare   a distinctive name of a group is mentioned by at least this share of its articles...
 * @param splitLeak    ...and by at most this share of the other group's articles
 */
public record EventChecks(double clashFactor, int splitMinGroup, double splitShare, double splitLeak) {

    public EventChecks {
        if (!(clashFactor >= 0 && clashFactor <= 1)) throw new IllegalArgumentException("clashFactor must be in 0..1");
        if (splitMinGroup < 0) throw new IllegalArgumentException("splitMinGroup must not be negative");
        if (!(splitShare > 0 && splitShare <= 1) || !(splitLeak >= 0 && splitLeak < splitShare))
            throw new IllegalArgumentException("need 0 <= splitLeak < splitShare <= 1");
    }

    /** No checks: the clusterer as a plain similarity-threshold one. */
    public static EventChecks off() {
        return new EventChecks(1, 0, 0.5, 0);
    }
}
