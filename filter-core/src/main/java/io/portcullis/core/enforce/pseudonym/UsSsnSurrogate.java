package io.portcullis.core.enforce.pseudonym;

import io.portcullis.classifiers.validate.UsSsn;

/** US_SSN: a structurally valid area/group/serial (SSA rules), in the original's layout. */
final class UsSsnSurrogate implements SurrogateGenerator {

  @Override
  public String generate(String value, SurrogateRandom random) {
    if (Shape.digits(value).length() != 9) {
      return null;
    }
    int area;
    int group;
    int serial;
    do {
      area = random.between(1, 899);
      group = random.between(1, 99);
      serial = random.between(1, 9999);
    } while (!UsSsn.isValid(area, group, serial));
    return Shape.refillDigits(value, String.format("%03d%02d%04d", area, group, serial));
  }
}
