package dev.corroborate.ingest;

import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;

/** Receives what the readers find, one article or error at a time, so that huge inputs stream. */
public interface ArticleSink {
    void article(RawArticle article);

    void error(InputError error);
}
