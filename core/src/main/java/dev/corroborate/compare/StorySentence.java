package dev.corroborate.compare;

import java.util.List;

/**
 * One sentence of one article of a story, with what the compare stage reads off it once.
 *
 * @param index     position in its article
 * @param vector    normalised sentence embedding
 * @param content   stemmed content words
 */
record StorySentence(String article, int index, String text, float[] vector, List<String> content,
                     List<Quantity> quantities) {

    double cosine(StorySentence o) {
        if (vector.length == 0 || o.vector.length == 0) return 0;
        return dev.corroborate.nlp.Embedder.cosine(vector, o.vector);
    }
}
