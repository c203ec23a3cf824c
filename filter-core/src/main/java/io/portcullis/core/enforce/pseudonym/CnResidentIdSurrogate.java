package io.portcullis.core.enforce.pseudonym;

import io.portcullis.classifiers.validate.CnResidentId;
import java.time.LocalDate;

/**
 * CN_RESIDENT_ID (GB 11643): a real county code, a plausible birth date (an adult born 1955-2005),
 * a random sequence number with the original's sex digit parity kept (odd = male; a model may need
 * it for grammar), and the MOD 11-2 check character. The original's letter case of X is kept.
 */
final class CnResidentIdSurrogate implements SurrogateGenerator {

  private static final LocalDate EARLIEST = LocalDate.of(1955, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2005, 12, 31);

  @Override
  public String generate(String value, SurrogateRandom random) {
    if (value.length() != 18 || !Shape.digits(value.substring(0, 17)).equals(value.substring(0, 17))) {
      return null;
    }
    int sexParity = (value.charAt(16) - '0') % 2;
    LocalDate birth = EARLIEST.plusDays(
        random.nextInt((int) (LATEST.toEpochDay() - EARLIEST.toEpochDay() + 1)));
    int sequence = random.between(0, 49) * 2 + sexParity; // 0..99: the last two sequence digits
    String first17 = String.format("%06d%04d%02d%02d%d%02d", random.pick(CnDivisions.COUNTIES),
        birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.between(0, 9),
        sequence);
    char check = CnResidentId.checkChar(first17);
    if (check == 'X' && Character.isLowerCase(value.charAt(17))) {
      check = 'x';
    }
    return first17 + check;
  }
}
