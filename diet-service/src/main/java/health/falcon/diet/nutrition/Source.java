package health.falcon.diet.nutrition;

/**
 * Where stored data came from. It holds no import id or time, so that importing the same
 * file again stores the very same document.
 *
 * @param provider the provider ({@code myfitnesspal})
 * @param channel how it arrived ({@code export})
 * @param file the file name inside the upload
 */
public record Source(String provider, String channel, String file) {

}
