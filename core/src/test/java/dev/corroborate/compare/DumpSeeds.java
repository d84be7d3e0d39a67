package dev.corroborate.compare;

import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;

class DumpSeeds {
    @Test
    void dump() throws Exception {
        var arts = SeedFixture.directory(Path.of("../examples/ceasefire-call"));
        long t = System.nanoTime();
        var d = new DossierBuilder().build(arts, Map.of("001", "000"), List.of());
        System.out.println("ms " + (System.nanoTime() - t) / 1e6);
        System.out.println(dev.corroborate.render.DossierMarkdown.render(d));
    }
}
