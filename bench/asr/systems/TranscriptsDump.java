import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.vaak.lexicons.Language;
import org.vaak.lexicons.Transcripts;

/**
 * Prints, for each line of standard input, {@code Transcripts.normalize(line)}, a tab, and whether every token
 * is in the script of the language (isSpeakable without length limits). Used by check-normaliser.sh.
 */
public class TranscriptsDump {
    public static void main(String[] args) throws Exception {
        Language lang = Language.fromCode(args[0]);
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter w = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (String l; (l = r.readLine()) != null; ) {
            w.println(Transcripts.normalize(l) + "\t" + Transcripts.isSpeakable(l, lang, 1, Integer.MAX_VALUE, Integer.MAX_VALUE));
        }
        w.flush();
    }
}
