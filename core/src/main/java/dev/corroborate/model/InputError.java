package dev.corroborate.model;

/** One input that could not be read. {@code line} is 0 when the error concerns the whole file. */
public record InputError(String input, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? input + ":" + line + ": " + message : input + ": " + message;
    }
}
