package dev.corroborate.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text: a byte-order mark, else strict UTF-8, else a charset declared in an HTML page, else the
 * charset juniversalchardet detects (windows-1252, Shift_JIS, ...). Thread-safe.
 */
final class Decoder {

    /** Text and the charset it was read with. */
    record Decoded(String text, Charset charset) {
    }

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

    private Decoder() {
    }

    /** Decodes, or throws with a one-line reason when no charset reads the bytes cleanly. */
    static Decoded decode(byte[] bytes, boolean html) throws CharacterCodingException {
        String bom = UniversalDetector.detectCharsetFromBOM(bytes);
        if (bom != null) {
            Charset cs = Charset.forName(bom);
            int skip = bom.startsWith("UTF-8") ? 3 : bom.startsWith("UTF-16") ? 2 : 4;
            return new Decoded(new String(bytes, skip, bytes.length - skip, cs), cs);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
        if (html) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            Charset declared = m.find() ? charset(m.group(1)) : null;
            if (declared != null) {
                String s = strict(bytes, declared);
                if (s != null) return new Decoded(s, declared);
            }
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        Charset detected = charset(detector.getDetectedCharset());
        // Short Western texts often give the detector too little to go on; windows-1252 is then the
        // likeliest legacy charset, and it maps every byte but five, so a strict read still guards it.
        for (Charset cs : new Charset[]{detected, Charset.forName("windows-1252")}) {
            if (cs == null) continue;
            String s = strict(bytes, cs);
            if (s != null) return new Decoded(s, cs);
        }
        throw new CharacterCodingException() {
            @Override
            public String getMessage() {
                return "not valid UTF-8 and no charset could be detected";
            }
        };
    }

    private static Charset charset(String name) {
        if (name == null) return null;
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT).equals("iso-8859-1") ? "windows-1252" : name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
