/**
 * Copies folded: exact duplicates, near duplicates and shortened, edited copies, with the reused passages.
 *
 * <p>{@link dev.corroborate.dedup.CopyDetector} is the incremental entry point (add clean articles in
 * publication order). The Spark job calls the same building blocks per stage:
 * {@link dev.corroborate.dedup.Fingerprint#of} and {@link dev.corroborate.dedup.Fingerprint#bandKeys} to
 * find candidate pairs, {@link dev.corroborate.dedup.CopyVerifier#verify} on each candidate pair, and
 * {@link dev.corroborate.dedup.OriginGroups#resolve} on the verified relations.
 */
package dev.corroborate.dedup;
