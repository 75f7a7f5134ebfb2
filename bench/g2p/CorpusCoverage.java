import org.vaak.lexicons.*; import org.vaak.lexicons.g2p.*; import java.nio.file.*; import java.util.*;
/**
 * Runs vaak's G2P over every script-only word type of a words.counts file (count word per line), counts the
 * words it rejects (by character and reason), and checks that a random subword split of each accepted word
 * (seeded) pronounces to the word's phones.
 *   java -cp lexicons/target/classes bench/g2p/CorpusCoverage.java ta /work/corpora-build/ta/words.counts
 */
public class CorpusCoverage { public static void main(String[] a) throws Exception {
  Language l = Language.fromCode(a[0]); var g = GraphemeToPhoneme.of(l); var sp = new SubwordPronouncer(l);
  int words=0, bad=0, inconsistent=0; Map<String,Integer> why = new TreeMap<>(); Random rnd = new Random(1);
  for (String line : Files.readAllLines(Path.of(a[1]))) { String[] f = line.trim().split("\\s+"); if (f.length<2) continue; String w=f[1];
    if (!w.codePoints().allMatch(l::isWordChar)) continue; words++;
    try { var ph = g.phones(w);
      String open = PhonemicForm.open(w, l); List<String> pieces = new ArrayList<>(); int s=0;
      for (int i=1;i<open.length();i++){ int c=open.codePointAt(i); if ((l.isConsonant(c)||l.isIndependentVowel(c)) && rnd.nextInt(3)==0){ pieces.add(PhonemicForm.close(open.substring(s,i),l)); s=i; } }
      pieces.add(PhonemicForm.close(open.substring(s),l));
      List<String> flat = new ArrayList<>(); sp.pronounce(pieces).forEach(flat::addAll);
      if (!flat.equals(ph)) { inconsistent++; if (inconsistent<5) System.out.println("INCONSISTENT "+w+" "+pieces); }
    } catch (IllegalArgumentException e) { bad++; String m = e.getMessage(); m = m.substring(m.indexOf("(U+"), m.indexOf(")")+1) + m.substring(m.lastIndexOf(':')); why.merge(m,1,Integer::sum); }
  }
  System.out.println(l.code()+": "+words+" distinct script-only words, "+bad+" rejected, "+inconsistent+" subword splits inconsistent");
  why.entrySet().stream().sorted(Map.Entry.<String,Integer>comparingByValue().reversed()).limit(8).forEach(e -> System.out.println("  "+e.getValue()+" "+e.getKey()));
}}
