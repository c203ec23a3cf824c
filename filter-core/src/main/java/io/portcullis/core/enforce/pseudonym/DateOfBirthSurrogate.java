package io.portcullis.core.enforce.pseudonym;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DATE_OF_BIRTH: a different real date, a few years off, written in exactly the original's format
 * (1990-03-07, 1990/3/7, 07/03/1990, 1990年3月7日, 7 March 1990, Mar 7, 1990). Days are drawn from
 * 1-28 so every month has them; when the original does not reveal whether it is day-first or
 * month-first (03/07/1990) both fields are drawn from 1-12, so the surrogate is valid either way.
 */
final class DateOfBirthSurrogate implements SurrogateGenerator {

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};

  private record Token(int start, int end, boolean digits) {
    int length() {
      return end - start;
    }
  }

  @Override
  public String generate(String value, SurrogateRandom random) {
    List<Token> tokens = tokens(value);
    Token year = null;
    Token monthWord = null;
    List<Token> numbers = new ArrayList<>();
    for (Token t : tokens) {
      if (t.digits() && t.length() == 4 && year == null) {
        year = t;
      } else if (t.digits() && t.length() <= 2) {
        numbers.add(t);
      } else if (!t.digits() && monthIndex(value.substring(t.start(), t.end())) >= 0) {
        monthWord = t;
      }
    }
    if (year == null) {
      return null;
    }
    int oldYear = Integer.parseInt(value.substring(year.start(), year.end()));
    int newYear = shiftedYear(oldYear, random);
    int newMonth = random.between(1, 12);
    Token dayField;
    Token monthField;
    int newDay;
    if (monthWord != null && numbers.size() == 1) {
      dayField = numbers.get(0);
      monthField = monthWord;
      newDay = random.between(1, 28);
    } else if (monthWord == null && numbers.size() == 2) {
      Token a = numbers.get(0);
      Token b = numbers.get(1);
      boolean yearFirst = year.start() < a.start();
      int av = number(value, a);
      int bv = number(value, b);
      if (yearFirst || bv > 12) { // y-m-d, or m/d/y with a day over 12
        monthField = a;
        dayField = b;
        newDay = random.between(1, 28);
      } else if (av > 12) { // d/m/y
        dayField = a;
        monthField = b;
        newDay = random.between(1, 28);
      } else { // ambiguous: keep both readings valid
        monthField = a;
        dayField = b;
        newDay = random.between(1, 12);
      }
    } else {
      return null;
    }
    StringBuilder out = new StringBuilder(value);
    // Replace from the right so earlier offsets stay valid.
    List<Token> fields = new ArrayList<>(List.of(year, monthField, dayField));
    fields.sort((x, y) -> y.start() - x.start());
    for (Token f : fields) {
      String replacement;
      if (f == year) {
        replacement = Integer.toString(newYear);
      } else if (f == monthField && !f.digits()) {
        replacement = monthName(value.substring(f.start(), f.end()), newMonth);
      } else {
        replacement = padded(f.length(), f == monthField ? newMonth : newDay);
      }
      out.replace(f.start(), f.end(), replacement);
    }
    return out.toString();
  }

  // One to three years earlier or later, never in the future.
  private static int shiftedYear(int year, SurrogateRandom random) {
    int shift = random.between(1, 3);
    int latest = LocalDate.now().getYear() - 1;
    if (random.nextInt(2) == 0 && year + shift <= latest) {
      return year + shift;
    }
    return Math.max(1900, year - shift);
  }

  private static List<Token> tokens(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!digit && !letter) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && (digit ? Character.isDigit(s.charAt(i)) && s.charAt(i) < 128
          : Character.isLetter(s.charAt(i)) && s.charAt(i) < 128)) {
        i++;
      }
      tokens.add(new Token(start, i, digit));
    }
    return tokens;
  }

  private static int monthIndex(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int m = 0; m < 12; m++) {
      if (w.length() >= 3 && MONTHS[m].toLowerCase(Locale.ROOT).startsWith(w)) {
        return m;
      }
    }
    return -1;
  }

  // Full name when the original was a full name, else the three-letter abbreviation; case kept.
  private static String monthName(String original, int month) {
    String full = MONTHS[month - 1];
    boolean wasFull = MONTHS[monthIndex(original)].equalsIgnoreCase(original);
    return Shape.caseLike(original, wasFull ? full : full.substring(0, 3));
  }

  private static int number(String s, Token t) {
    return Integer.parseInt(s.substring(t.start(), t.end()));
  }

  private static String padded(int width, int v) {
    return width >= 2 ? String.format("%02d", v) : Integer.toString(v);
  }
}
